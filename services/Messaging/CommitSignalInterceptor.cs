using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace PlanetTechCare.Messaging;

/// <summary>
/// Notifies the <see cref="CommitSignal{TEntity}"/> once rows of <typeparamref name="TEntity"/>
/// added by a SaveChanges are durable: after that SaveChanges outside an explicit transaction, or
/// after the explicit transaction it ran in commits. A commit that added no such row wakes nothing
/// (the outbox dispatcher was woken by every commit of its service, and ran three queries each time).
/// </summary>
public sealed class CommitSignalInterceptor<TEntity>(CommitSignal<TEntity> signal) : DbTransactionInterceptor, ISaveChangesInterceptor
    where TEntity : class
{
    private static readonly object Marker = new();

    /// <summary>The saves (by context) and the transactions that added such rows, not durable yet.</summary>
    private readonly ConditionalWeakTable<object, object> _pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RememberAdditions(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RememberAdditions(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfPending(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfPending(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => NotifyIfPending(transaction);

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        NotifyIfPending(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _pending.Remove(transaction);

    public override Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Remove(transaction);
        return Task.CompletedTask;
    }

    private void RememberAdditions(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries<TEntity>().Any(e => e.State == EntityState.Added))
        {
            return;
        }

        // Inside an explicit transaction the rows are durable at its commit, else at the end of this save.
        _pending.AddOrUpdate(context.Database.CurrentTransaction?.GetDbTransaction() ?? (object)context, Marker);
    }

    private void NotifyIfPending(object? key)
    {
        if (key is not null && _pending.Remove(key))
        {
            signal.Notify();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
