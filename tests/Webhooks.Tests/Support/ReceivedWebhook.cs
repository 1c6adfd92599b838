namespace PlanetTechCare.Webhooks.Tests.Support;

/// <summary>One request the receiver got, as it came.</summary>
public sealed record ReceivedWebhook(string Path, string? Id, string? Timestamp, string? Signature, string? ContentType, string Body, DateTimeOffset ReceivedAt);
