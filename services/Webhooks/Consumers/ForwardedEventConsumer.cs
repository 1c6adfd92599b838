using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Dispatch;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

/// <summary>
/// Forwards one kind of integration event: appends it to the feed and records one delivery per
/// subscription that wants it, in the transaction of the inbox record, so nothing is lost.
/// </summary>
public abstract class ForwardedEventConsumer<TEvent>(WebhooksDbContext db, TimeProvider clock, string eventType)
    : IdempotentConsumer<TEvent, WebhooksDbContext>(db, clock)
    where TEvent : IntegrationEvent
{
    private const long FeedLockKey = 0x77656266656564; // "webfeed"

    protected override async Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var body = CloudEventBuilder.Build(integrationEvent, eventType);

        // Feed sequence numbers are taken in commit order, so a reader never skips one committed late.
        await Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({FeedLockKey})", cancellationToken);
        Db.FeedEvents.Add(new FeedEvent(integrationEvent.EventId, eventType, body, integrationEvent.OccurredAt));

        var subscribers = await Db.Subscriptions
            .Where(s => (s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.Paused) && s.EventTypes.Contains(eventType))
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        foreach (var subscriptionId in subscribers)
        {
            Db.Deliveries.Add(new Delivery(Guid.CreateVersion7(), subscriptionId, integrationEvent.EventId, eventType, body, now));
        }
    }
}
