namespace PlanetTechCare.Messaging.Inbox;

/// <summary>
/// Records that a consumer has handled an event, in the same transaction as the handling,
/// so a redelivered event has no second effect.
/// </summary>
public sealed class InboxMessage(Guid eventId, string consumer, DateTimeOffset processedAt)
{
    public Guid EventId { get; private set; } = eventId;

    public string Consumer { get; private set; } = consumer;

    public DateTimeOffset ProcessedAt { get; private set; } = processedAt;
}
