namespace PlanetTechCare.Dashboard.Api.Webhooks;

/// <summary>One delivery of a subscription's log.</summary>
public sealed record WebhookDelivery(
    Guid Id, Guid EventId, string EventType, string Status, int Attempts, int? LastResponseCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt);
