using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PlanetTechCare.Messaging.Outbox;

/// <summary>
/// Tells the dispatchers once outbox rows are durable: this process's own at once
/// (<see cref="OutboxSignal"/>, after SaveChanges outside an explicit transaction or after the
/// explicit transaction commits), and every replica's through PostgreSQL
/// (<c>NOTIFY</c>, which PostgreSQL delivers at commit and never for a rollback, to each <see cref="OutboxListener{TContext}"/>).
/// </summary>
public sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private const string Notify = $"NOTIFY {OutboxSignal.Channel}";

    /// <summary>Saves outside an explicit transaction that write outbox rows: they notify once saved (committed).</summary>
    private readonly ConditionalWeakTable<DbContext, object> _notifyOnceSaved = [];

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && WritesOutboxRows(context))
        {
            if (context.Database.CurrentTransaction is null)
            {
                _notifyOnceSaved.AddOrUpdate(context, signal);
            }
            else
            {
                await context.Database.ExecuteSqlRawAsync(Notify, cancellationToken);
            }
        }

        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && WritesOutboxRows(context))
        {
            if (context.Database.CurrentTransaction is null)
            {
                _notifyOnceSaved.AddOrUpdate(context, signal);
            }
            else
            {
                context.Database.ExecuteSqlRaw(Notify);
            }
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _notifyOnceSaved.Remove(context))
        {
            await context.Database.ExecuteSqlRawAsync(Notify, cancellationToken);
        }

        NotifyUnlessInTransaction(eventData.Context);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _notifyOnceSaved.Remove(context))
        {
            context.Database.ExecuteSqlRaw(Notify);
        }

        NotifyUnlessInTransaction(eventData.Context);
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        signal.Notify();

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }

    private static bool WritesOutboxRows(DbContext context) =>
        context.ChangeTracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added);

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _notifyOnceSaved.Remove(context);
        }
    }

    private void NotifyUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
    }
}
