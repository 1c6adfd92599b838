using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Extensions;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// Sends due deliveries of active subscriptions. Each batch is claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> in a transaction held while it is sent, so replicas share the
/// work and a process that dies mid-delivery leaves its rows pending for the next one.
/// </summary>
public sealed partial class DeliveryDispatcher(
    IServiceScopeFactory scopeFactory,
    WebhookSender sender,
    IOptions<WebhooksOptions> options,
    TimeProvider clock,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int sent;
            try
            {
                sent = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogDispatchFailed(logger, exception);
                sent = 0;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (sent == 0)
            {
                await Task.Delay(options.Value.PollingInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Sends one batch of due deliveries; returns how many were attempted.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebhooksDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var active = nameof(SubscriptionStatus.Active);
        var pending = nameof(DeliveryStatus.Pending);
        var due = await db.Deliveries.FromSql($"""
            SELECT d.* FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
            WHERE d.status = {pending} AND d.next_attempt_at <= {now} AND s.status = {active}
            ORDER BY d.next_attempt_at
            LIMIT {options.Value.BatchSize}
            FOR UPDATE OF d SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var subscriptionIds = due.Select(d => d.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.Subscriptions.Where(s => subscriptionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);

        var attempts = await Task.WhenAll(due.Select(async delivery =>
        {
            var subscription = subscriptions[delivery.SubscriptionId];
            var (result, _) = await sender.SendAsync(new Uri(subscription.TargetUrl), subscription.Secret, delivery.EventId.ToString(),
                delivery.Body, CloudEventBuilder.ContentType, cancellationToken);
            return (delivery, subscription, result);
        }));

        foreach (var (delivery, subscription, result) in attempts)
        {
            Apply(db, delivery, subscription, result, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook dispatch failed; retrying")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} disabled: {Reason}")]
    private static partial void LogDisabled(ILogger logger, Guid subscriptionId, string reason);
}
