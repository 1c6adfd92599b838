namespace PlanetTechCare.Messaging.Tests.TestService;

/// <summary>One row per effect of the consumer: duplicates would show as extra rows.</summary>
public sealed class ReceivedNote(Guid eventId, Guid noteId, int sequence, DateTimeOffset receivedAt)
{
    public long Id { get; private set; }

    public Guid EventId { get; private set; } = eventId;

    public Guid NoteId { get; private set; } = noteId;

    public int Sequence { get; private set; } = sequence;

    public DateTimeOffset ReceivedAt { get; private set; } = receivedAt;
}
