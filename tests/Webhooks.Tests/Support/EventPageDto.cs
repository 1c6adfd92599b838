using System.Text.Json;

namespace PlanetTechCare.Webhooks.Tests.Support;

public sealed record EventPageDto(List<JsonElement> Events, long Next);
