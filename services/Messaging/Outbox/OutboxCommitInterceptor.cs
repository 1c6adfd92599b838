using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Runtime.CompilerServices;

namespace PlanetTechCare.Messaging.Outbox;

/// <summary>
/// Tells every replica's dispatcher once outbox rows are durable, through PostgreSQL: a
/// <c>NOTIFY</c> on <see cref="Channel"/>, which PostgreSQL delivers at commit and never for a
/// rollback, to each <see cref="OutboxListener{TContext}"/>. (This process's own dispatcher is woken
/// at once too, by its <see cref="CommitSignal{TEntity}"/>.)
/// </summary>
public sealed class OutboxCommitInterceptor : SaveChangesInterceptor
{
    /// <summary>The PostgreSQL notification channel a commit of outbox rows notifies, in the service's own database.</summary>
    public const string Channel = "outbox";

    private const string Notify = $"NOTIFY {Channel}";

    /// <summary>Saves outside an explicit transaction that write outbox rows: they notify once saved (committed).</summary>
    private readonly ConditionalWeakTable<DbContext, object> _notifyOnceSaved = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && WritesOutboxRows(context))
        {
            if (context.Database.CurrentTransaction is null)
            {
                _notifyOnceSaved.AddOrUpdate(context, Channel);
            }
            else
            {
                await context.Database.ExecuteSqlRawAsync(Notify, cancellationToken);
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && WritesOutboxRows(context))
        {
            if (context.Database.CurrentTransaction is null)
            {
                _notifyOnceSaved.AddOrUpdate(context, Channel);
            }
            else
            {
                context.Database.ExecuteSqlRaw(Notify);
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _notifyOnceSaved.Remove(context))
        {
            try
            {
                await context.Database.ExecuteSqlRawAsync(Notify, cancellationToken);
            }
            catch (DbException)
            {
                // The rows are committed already: the dispatchers' poll finds them, and the save must not look failed.
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _notifyOnceSaved.Remove(context))
        {
            try
            {
                context.Database.ExecuteSqlRaw(Notify);
            }
            catch (DbException)
            {
                // As in SavedChangesAsync: committed already, found by the poll.
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
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
}
