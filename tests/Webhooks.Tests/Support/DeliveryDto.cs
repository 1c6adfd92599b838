namespace PlanetTechCare.Webhooks.Tests.Support;

public sealed record DeliveryDto(Guid Id, Guid EventId, string EventType, string Status, int Attempts, int? LastResponseCode, long? LastLatencyMs, DateTimeOffset? NextAttemptAt);
