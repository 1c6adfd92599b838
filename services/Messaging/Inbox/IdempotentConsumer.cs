using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PlanetTechCare.Contracts;

namespace PlanetTechCare.Messaging.Inbox;

/// <summary>
/// Base of a consumer that handles each event in a transaction of its own: the handling and the
/// inbox row recording the event id commit in one transaction, so a redelivered event (or two
/// deliveries racing) has exactly one effect. (The webhooks service records its events in batches
/// instead, with the same inbox rows.)
/// Events queued in the outbox by the handler commit in that same transaction.
/// A handler that throws rolls everything back and MassTransit retries, then moves the message
/// to the endpoint's <c>_error</c> queue.
/// </summary>
public abstract class IdempotentConsumer<TEvent, TContext>(TContext db, TimeProvider clock) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where TContext : DbContext
{
    private const string UniqueViolation = "23505";

    protected TContext Db => db;

    protected TimeProvider Clock => clock;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var cancellationToken = context.CancellationToken;
        var integrationEvent = context.Message;
        var consumer = GetType().FullName ?? GetType().Name;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var alreadyHandled = await db.Set<InboxMessage>()
            .AnyAsync(m => m.EventId == integrationEvent.EventId && m.Consumer == consumer, cancellationToken);
        if (alreadyHandled)
        {
            return;
        }

        await HandleAsync(integrationEvent, cancellationToken);
        db.Set<InboxMessage>().Add(new InboxMessage(integrationEvent.EventId, consumer, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: UniqueViolation } unique
            && unique.TableName == "inbox_messages")
        {
            // A concurrent delivery of the same event committed first: this one has no effect.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Applies the event to this service's state through <see cref="Db"/>; do not commit.</summary>
    protected abstract Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
