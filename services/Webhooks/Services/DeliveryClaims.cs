using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// Claims due deliveries of active subscriptions in one statement, committed at once: each claimed
/// delivery's next attempt moves to the end of its lease, so no dispatcher (of any replica) takes
/// it again while it is being sent, and a dispatcher that dies leaves it due again when the lease
/// ends. Rows another replica is claiming are skipped, not waited for. No lock outlives the statement.
/// </summary>
public static class DeliveryClaims
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> deliveries, oldest due first, taking no more for a
    /// subscription than <paramref name="rooms"/> leaves it (<paramref name="laneSize"/> when it names it not).
    /// </summary>
    public static async Task<List<ClaimedDelivery>> ClaimAsync(
        WebhooksDbContext db, DateTimeOffset now, DateTimeOffset leaseEnd, int limit, int laneSize, LaneRooms rooms,
        CancellationToken cancellationToken)
    {
        var pending = nameof(DeliveryStatus.Pending);
        var active = nameof(SubscriptionStatus.Active);
        var claimed = await db.Deliveries.FromSql($"""
            WITH due AS (
                SELECT d.id, d.subscription_id, d.next_attempt_at
                FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
                WHERE d.status = {pending} AND d.next_attempt_at <= {now} AND s.status = {active}
                  AND d.subscription_id <> ALL ({rooms.Full})
                ORDER BY d.next_attempt_at
                LIMIT {limit}
                FOR UPDATE OF d SKIP LOCKED
            ), placed AS (
                SELECT due.id, coalesce(lane.room, {laneSize}) AS room,
                       row_number() OVER (PARTITION BY due.subscription_id ORDER BY due.next_attempt_at) AS place
                FROM due LEFT JOIN unnest({rooms.Partial}, {rooms.PartialRooms}) AS lane (subscription_id, room)
                    ON lane.subscription_id = due.subscription_id
            )
            UPDATE deliveries d SET next_attempt_at = {leaseEnd}
            FROM placed
            WHERE d.id = placed.id AND placed.place <= placed.room
            RETURNING d.*
            """).AsNoTracking().ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return [];
        }

        var subscriptionIds = claimed.Select(d => d.SubscriptionId).Distinct().ToList();
        var targets = await db.Subscriptions.AsNoTracking().Where(s => subscriptionIds.Contains(s.Id))
            .Select(s => new { s.Id, s.TargetUrl, s.Secret })
            .ToDictionaryAsync(s => s.Id, cancellationToken);

        // A subscription deleted since the claim took its deliveries with it.
        return [.. claimed.Where(d => targets.ContainsKey(d.SubscriptionId)).Select(d =>
        {
            var target = targets[d.SubscriptionId];
            return new ClaimedDelivery(d.Id, d.SubscriptionId, d.EventId, d.Body, new Uri(target.TargetUrl), target.Secret, leaseEnd);
        })];
    }
}
