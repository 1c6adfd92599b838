using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// Records consumed events in one transaction: the events already in the inbox (or twice in the
/// batch) are skipped, the others each get a feed row and one delivery per subscription that wants
/// them, and their inbox rows commit with them. The subscriptions are read once for the whole
/// batch, and the feed's lock is taken once, so the database does a handful of statements however
/// many events the batch holds. The deliveries whose lane has room in this process are claimed here,
/// and sent as soon as the transaction commits, with no claim of their own.
/// </summary>
public static class ForwardedEvents
{
    private const long FeedLockKey = 0x77656266656564; // "webfeed"

    /// <summary>
    /// Records the batch; returns the deliveries it claimed for <paramref name="sends"/> (those of active
    /// subscriptions whose lane had room), to be sent once this has returned, committed.
    /// </summary>
    public static async Task<List<ClaimedDelivery>> RecordAsync(
        this WebhooksDbContext db, IReadOnlyList<EventToForward> batch, DeliverySends sends, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var handedOver = new List<ClaimedDelivery>();
        try
        {
            await RecordAsync(db, batch, sends, now, handedOver, cancellationToken);
            return handedOver;
        }
        catch
        {
            handedOver.ForEach(delivery => sends.Release(delivery.SubscriptionId));
            throw;
        }
    }

    private static async Task RecordAsync(
        WebhooksDbContext db, IReadOnlyList<EventToForward> batch, DeliverySends sends, DateTimeOffset now, List<ClaimedDelivery> handedOver,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fresh = await NotYetHandledAsync(db, batch, cancellationToken);
        if (fresh.Count == 0)
        {
            return;
        }

        var types = fresh.Select(e => e.EventType).Distinct().ToList();
        var subscribers = await db.Subscriptions
            .Where(s => (s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.Paused) && s.EventTypes.Any(t => types.Contains(t)))
            .Select(s => new { s.Id, s.Status, s.EventTypes, s.PartnerId, s.ForStaff, s.TargetUrl, s.Secret })
            .ToListAsync(cancellationToken);
        var leaseEnd = sends.LeaseEndFrom(now);
        foreach (var forwarded in fresh)
        {
            // An event about some partners' workshops only goes to those partners' apps and to staff.
            var wanting = subscribers.Where(s => s.EventTypes.Contains(forwarded.EventType)
                && (forwarded.PartnerIds is null || s.ForStaff || (s.PartnerId is { } partner && forwarded.PartnerIds.Contains(partner))));
            foreach (var subscriber in wanting)
            {
                var delivery = new Delivery(Guid.CreateVersion7(), subscriber.Id, forwarded.EventId, forwarded.EventType, forwarded.Body, now);
                if (subscriber.Status == SubscriptionStatus.Active && sends.TryReserve(subscriber.Id))
                {
                    delivery.ClaimUntil(leaseEnd);
                    handedOver.Add(new ClaimedDelivery(
                        delivery.Id, subscriber.Id, forwarded.EventId, forwarded.Body, new Uri(subscriber.TargetUrl), subscriber.Secret, leaseEnd));
                }

                db.Deliveries.Add(delivery);
            }

            db.Set<InboxMessage>().Add(new InboxMessage(forwarded.EventId, forwarded.Consumer, now));
        }

        // Feed sequence numbers are taken in commit order, so a reader never skips one committed
        // late: the lock is held from here to the commit, the last steps of the transaction.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({FeedLockKey})", cancellationToken);
        foreach (var forwarded in fresh)
        {
            db.FeedEvents.Add(new FeedEvent(forwarded.EventId, forwarded.EventType, forwarded.Body, forwarded.OccurredAt, forwarded.PartnerIds));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The events of the batch that no consumer recorded before, each once, in batch order.</summary>
    private static async Task<List<EventToForward>> NotYetHandledAsync(WebhooksDbContext db, IReadOnlyList<EventToForward> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(e => e.EventId).Distinct().ToList();
        var handled = (await db.Set<InboxMessage>().AsNoTracking().Where(m => ids.Contains(m.EventId))
                .Select(m => new { m.EventId, m.Consumer }).ToListAsync(cancellationToken))
            .Select(m => (m.EventId, m.Consumer)).ToHashSet();
        return [.. batch.Where(e => handled.Add((e.EventId, e.Consumer)))];
    }
}
