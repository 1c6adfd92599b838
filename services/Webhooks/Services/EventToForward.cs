namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// One consumed event to append to the feed and deliver: its CloudEvent body, the partners whose
/// apps may see it (null: every app), and the consumer that handled it (its inbox key with the event id).
/// </summary>
public sealed record EventToForward(Guid EventId, string EventType, string Body, DateTimeOffset OccurredAt, List<Guid>? PartnerIds, string Consumer);
