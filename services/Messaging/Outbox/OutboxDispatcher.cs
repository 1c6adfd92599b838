using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PlanetTechCare.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows in order, waiting for the broker's confirm of each before
/// marking it sent. An advisory lock lets one replica at a time dispatch a database's outbox.
/// A crash between publish and mark republishes the event; consumers' inboxes absorb that.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopeFactory,
    IBusControl bus,
    CommitSignal<OutboxMessage> signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private const long DispatcherLockKey = 0x6F7574626F78; // "outbox"

    /// <summary>Traces each publish as a child of the change that wrote the event (see <see cref="OutboxMessage.TraceParent"/>).</summary>
    public static readonly ActivitySource ActivitySource = new("PlanetTechCare.Outbox");

    private DateTimeOffset _lastCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WaitForBusReadyAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await TryDispatchBatchAsync(stoppingToken) < options.Value.BatchSize)
                {
                    await signal.WaitAsync(options.Value.PollingInterval, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is unsent stays in the outbox for the next start.
        }
    }

    /// <summary>
    /// Publishing only once this process's own receive endpoints are bound, so that an event it
    /// publishes at start-up is not dropped for want of its own queues.
    /// </summary>
    private async Task WaitForBusReadyAsync(CancellationToken stoppingToken)
    {
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), clock, stoppingToken);
        }
    }

    private async Task<int> TryDispatchBatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await DispatchBatchAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogDispatchFailed(logger, exception);
            await Task.Delay(options.Value.RetryDelay, clock, stoppingToken);
            return 0;
        }
    }

    /// <summary>Publishes one batch of unsent events; returns how many went out.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();

        await db.Database.OpenConnectionAsync(cancellationToken);
        if (!await TryLockAsync(db, cancellationToken))
        {
            return 0;
        }

        try
        {
            var batch = await db.Set<OutboxMessage>()
                .Where(m => m.SentAt == null)
                .OrderBy(m => m.Id)
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);

            try
            {
                await PublishInOrderAsync(batch, cancellationToken);
            }
            finally
            {
                // What the broker confirmed is marked, even when a later publish failed.
                await MarkSentAsync(db, CancellationToken.None);
            }

            await DeleteOldSentMessagesAsync(db, cancellationToken);
            return batch.Count;
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({DispatcherLockKey})", CancellationToken.None);
        }
    }

    /// <summary>Publishes each message after the broker confirmed the one before, marking each confirmed one (not saved).</summary>
    private async Task PublishInOrderAsync(IEnumerable<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        foreach (var message in batch)
        {
            using var activity = ActivitySource.StartActivity("outbox publish", ActivityKind.Producer, message.TraceParent);
            using var publishTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            publishTimeout.CancelAfter(options.Value.PublishTimeout);
            // WaitAsync: the publish may not observe cancellation while the broker is unreachable.
            await bus.Publish(message.ToEvent(), message.ResolveEventType(),
                    context => context.MessageId = message.EventId, publishTimeout.Token)
                .WaitAsync(publishTimeout.Token);
            message.MarkSent(clock.GetUtcNow());
        }
    }

    /// <summary>
    /// Records the batch's confirmed rows as sent in one commit that does not wait for the disk
    /// (<c>synchronous_commit = off</c>): a mark lost in a crash only republishes its event, which the
    /// consumers' inboxes absorb, while waiting for the flush of each mark delayed every event behind it.
    /// </summary>
    private static async Task MarkSentAsync(TContext db, CancellationToken cancellationToken)
    {
        if (!db.ChangeTracker.HasChanges())
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<bool> TryLockAsync(TContext db, CancellationToken cancellationToken) =>
        await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_lock({DispatcherLockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);

    private async Task DeleteOldSentMessagesAsync(TContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - _lastCleanup < TimeSpan.FromHours(1))
        {
            return;
        }

        var cutoff = now - options.Value.SentRetention;
        await db.Set<OutboxMessage>().Where(m => m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        _lastCleanup = now;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed; retrying shortly")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
