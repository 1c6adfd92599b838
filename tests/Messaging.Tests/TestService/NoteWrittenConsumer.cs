using PlanetTechCare.Messaging.Inbox;

namespace PlanetTechCare.Messaging.Tests.TestService;

/// <summary>
/// Records each note it is given. A note whose text is "poison" always fails; a note whose text
/// starts with "flaky" fails on its first two attempts.
/// </summary>
public sealed class NoteWrittenConsumer(NotesDbContext db, TimeProvider clock, FlakyAttempts attempts)
    : IdempotentConsumer<NoteWritten, NotesDbContext>(db, clock)
{
    protected override Task HandleAsync(NoteWritten integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Text == "poison")
        {
            throw new InvalidOperationException("This note can never be handled.");
        }

        if (integrationEvent.Text.StartsWith("flaky", StringComparison.Ordinal) && attempts.Next(integrationEvent.EventId) <= 2)
        {
            throw new TimeoutException("A passing failure.");
        }

        Db.Add(new ReceivedNote(integrationEvent.EventId, integrationEvent.NoteId, integrationEvent.Sequence, Clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}
