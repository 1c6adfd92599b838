using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>One delivery in a subscription's log.</summary>
public sealed record DeliveryView(
    Guid Id,
    Guid EventId,
    string EventType,
    string Status,
    int Attempts,
    int? LastResponseCode,
    long? LastLatencyMs,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FirstAttemptAt,
    DateTimeOffset? LastAttemptAt)
{
    public static DeliveryView From(Delivery delivery) => new(
        delivery.Id, delivery.EventId, delivery.EventType, delivery.Status.ToString().ToLowerInvariant(), delivery.Attempts,
        delivery.LastResponseCode, delivery.LastLatencyMs, delivery.LastError, delivery.NextAttemptAt, delivery.CreatedAt,
        delivery.FirstAttemptAt, delivery.LastAttemptAt);
}
