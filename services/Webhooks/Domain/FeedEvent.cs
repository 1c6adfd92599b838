namespace PlanetTechCare.Webhooks.Domain;

/// <summary>
/// One forwarded event in the feed; its sequence number is the cursor. <see cref="PartnerIds"/>
/// is null for an event every app may see, else the partners whose apps may (and staff).
/// </summary>
public sealed class FeedEvent(Guid eventId, string eventType, string body, DateTimeOffset occurredAt, List<Guid>? partnerIds)
{
    public long Sequence { get; private set; }

    public Guid EventId { get; private set; } = eventId;

    public string EventType { get; private set; } = eventType;

    public string Body { get; private set; } = body;

    public DateTimeOffset OccurredAt { get; private set; } = occurredAt;

    public List<Guid>? PartnerIds { get; private set; } = partnerIds;
}
