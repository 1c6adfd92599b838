using System.Text.Json;

namespace PlanetTechCare.Signatories.Tests.Support;

/// <summary>An event as it arrived on the broker: its type name ("SignatoryApproved") and its message body.</summary>
public sealed record CapturedEvent(string Type, JsonElement Message)
{
    public Guid SignatoryId => Message.GetProperty("signatoryId").GetGuid();

    public Guid EventId => Message.GetProperty("eventId").GetGuid();

    public long Version => Message.GetProperty("version").GetInt64();
}
