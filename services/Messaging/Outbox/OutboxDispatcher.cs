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
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private const long DispatcherLockKey = 0x6F7574626F78; // "outbox"

    private DateTimeOffset _lastCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogDispatchFailed(logger, exception);
                await Task.Delay(options.Value.RetryDelay, clock, stoppingToken);
            }

            if (published < options.Value.BatchSize)
            {
                await signal.WaitAsync(options.Value.PollingInterval, stoppingToken);
            }
        }
    }

    /// <summary>Publishes one batch of unsent events; returns how many went out.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var bus = scope.ServiceProvider.GetRequiredService<IBus>();

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

            foreach (var message in batch)
            {
                using var publishTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                publishTimeout.CancelAfter(options.Value.PublishTimeout);
                await bus.Publish(message.ToEvent(), message.ResolveEventType(),
                    context => context.MessageId = message.EventId, publishTimeout.Token);
                message.MarkSent(clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            }

            await DeleteOldSentMessagesAsync(db, cancellationToken);
            return batch.Count;
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({DispatcherLockKey})", CancellationToken.None);
        }
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
