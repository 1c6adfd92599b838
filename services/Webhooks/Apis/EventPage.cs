using System.Text.Json;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>
/// A page of the event feed: CloudEvents in order, and the cursor to ask after next
/// (the same cursor when there was nothing new).
/// </summary>
public sealed record EventPage(IReadOnlyList<JsonElement> Events, long Next);
