using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>One attempt sent, waiting to be recorded against its delivery before the delivery's lease ends.</summary>
public sealed record FinishedAttempt(Guid DeliveryId, AttemptResult Result, DateTimeOffset FinishedAt, DateTimeOffset LeaseEnd);
