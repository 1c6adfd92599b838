using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Extensions;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// Records sent attempts against their deliveries, in short transactions of their own taken apart
/// from the sending: the attempts that end while one batch is being written go together in the next
/// (group commit), so the database does a few statements per batch, not per delivery. Applies the
/// delivery rules: success, retry with back-off, failure, and disabling the subscription (410 Gone,
/// or failing for too long). An attempt that cannot be recorded before its lease ends is left: the
/// delivery is sent again, with the same webhook id.
/// </summary>
public sealed partial class DeliveryRecorder(
    IServiceScopeFactory scopeFactory,
    IOptions<WebhooksOptions> options,
    TimeProvider clock,
    ILogger<DeliveryRecorder> logger)
{
    private const int MaxBatch = 500;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly Channel<FinishedAttempt> _finished = Channel.CreateUnbounded<FinishedAttempt>(new() { SingleReader = true });

    public void Add(FinishedAttempt attempt) => _finished.Writer.TryWrite(attempt);

    /// <summary>No attempt follows: <see cref="RunAsync"/> ends once it has recorded those given.</summary>
    public void Complete() => _finished.Writer.TryComplete();

    /// <summary>Records attempts until <see cref="Complete"/>; <paramref name="stoppingToken"/> only ends the retries of a failing batch.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var batch = new List<FinishedAttempt>(MaxBatch);
        while (await _finished.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _finished.Reader.TryRead(out var attempt))
            {
                batch.Add(attempt);
            }

            await RecordWithRetriesAsync(batch, stoppingToken);
            batch.Clear();
        }
    }

    private async Task RecordWithRetriesAsync(List<FinishedAttempt> batch, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await RecordAsync(batch);
                return;
            }
            catch (Exception exception)
            {
                if (stoppingToken.IsCancellationRequested || clock.GetUtcNow() + RetryDelay >= batch.Min(a => a.LeaseEnd))
                {
                    LogAbandoned(logger, batch.Count, exception);
                    return;
                }

                LogRetrying(logger, batch.Count, exception);
                await Task.Delay(RetryDelay, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task RecordAsync(List<FinishedAttempt> batch)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebhooksDbContext>();
        var ids = batch.Select(a => a.DeliveryId).Distinct().ToList();
        var deliveries = await db.Deliveries.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id);
        var subscriptionIds = deliveries.Values.Select(d => d.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.Subscriptions.Where(s => subscriptionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id);

        // A delivery gone (its subscription deleted) or settled meanwhile (its lease ran out and
        // another attempt finished it) keeps what it has.
        foreach (var attempt in batch)
        {
            if (deliveries.GetValueOrDefault(attempt.DeliveryId) is { Status: DeliveryStatus.Pending } delivery
                && subscriptions.GetValueOrDefault(delivery.SubscriptionId) is { } subscription)
            {
                Apply(db, delivery, subscription, attempt.Result, attempt.FinishedAt);
            }
        }

        await db.SaveChangesAsync();
    }

    private void Apply(WebhooksDbContext db, Delivery delivery, Subscription subscription, AttemptResult result, DateTimeOffset now)
    {
        delivery.Attempted(result, now);
        if (result.IsSuccess)
        {
            delivery.Succeeded();
            subscription.DeliverySucceeded();
            return;
        }

        if (result.IsGone)
        {
            delivery.Failed();
            if (subscription.Status != SubscriptionStatus.Disabled)
            {
                Disable(db, subscription, "The target answered 410 Gone.", now);
            }

            return;
        }

        if (result.IsRetryable && now - delivery.FirstAttemptAt!.Value < options.Value.RetryPeriod)
        {
            delivery.RetryAt(now + RetrySchedule.DelayAfter(delivery.Attempts, options.Value.EffectiveRetrySchedule));
            return;
        }

        delivery.Failed();
        if (subscription.DeliveryFailed(now, options.Value.DisableAfterFailingFor) && subscription.Status != SubscriptionStatus.Disabled)
        {
            Disable(db, subscription, $"Every delivery failed for {options.Value.DisableAfterFailingFor.TotalDays:0.#} days.", now);
        }
    }

    private void Disable(WebhooksDbContext db, Subscription subscription, string reason, DateTimeOffset now)
    {
        subscription.Disable(reason, now);
        db.AddIntegrationEvent(new WebhookSubscriptionDisabled(subscription.Id, subscription.Owner, subscription.TargetUrl, reason));
        LogDisabled(logger, subscription.Id, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording {Count} webhook attempts failed; retrying")]
    private static partial void LogRetrying(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} webhook attempts were not recorded; their deliveries will be sent again when their leases end")]
    private static partial void LogAbandoned(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} disabled: {Reason}")]
    private static partial void LogDisabled(ILogger logger, Guid subscriptionId, string reason);
}
