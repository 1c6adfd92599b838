using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

/// <summary>
/// Forwards one kind of integration event: appends it to the feed and records one delivery per
/// subscription that wants it, in the transaction of the inbox record, so nothing is lost.
/// An event about some partners' workshops only goes to those partners' apps and to staff.
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

        var partnerIds = await PartnersConcernedAsync(integrationEvent, cancellationToken);
        var subscribers = Db.Subscriptions
            .Where(s => (s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.Paused) && s.EventTypes.Contains(eventType));
        if (partnerIds is not null)
        {
            subscribers = subscribers.Where(s => s.ForStaff || (s.PartnerId != null && partnerIds.Contains(s.PartnerId.Value)));
        }

        var subscriptionIds = await subscribers
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        foreach (var subscriptionId in subscriptionIds)
        {
            Db.Deliveries.Add(new Delivery(Guid.CreateVersion7(), subscriptionId, integrationEvent.EventId, eventType, body, now));
        }

        // Feed sequence numbers are taken in commit order, so a reader never skips one committed
        // late: the lock is held from here to the commit, the last steps of the handling.
        await Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({FeedLockKey})", cancellationToken);
        Db.FeedEvents.Add(new FeedEvent(integrationEvent.EventId, eventType, body, integrationEvent.OccurredAt, partnerIds));
    }

    /// <summary>Null when every app may see the event; else the partners whose apps may.</summary>
    protected virtual Task<List<Guid>?> PartnersConcernedAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        Task.FromResult<List<Guid>?>(null);
}
