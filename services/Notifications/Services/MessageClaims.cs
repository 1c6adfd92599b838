using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;

namespace PlanetTechCare.Notifications.Services;

/// <summary>
/// Claims due messages in one statement, committed at once: each claimed message's next attempt
/// moves to the end of its lease, so no sender (of any replica) takes it again while it is being
/// sent, and a sender that dies leaves it due again when the lease ends. Rows another replica is
/// claiming are skipped, not waited for (<c>FOR UPDATE SKIP LOCKED</c>); no lock outlives the statement.
/// </summary>
public static class MessageClaims
{
    public static Task<List<Message>> ClaimAsync(
        NotificationsDbContext db, DateTimeOffset now, DateTimeOffset leaseEnd, int limit, CancellationToken cancellationToken)
    {
        var pending = nameof(MessageStatus.Pending);
        return db.Messages.FromSql($"""
            WITH due AS (
                SELECT id FROM messages
                WHERE status = {pending} AND next_attempt_at <= {now}
                ORDER BY next_attempt_at
                LIMIT {limit}
                FOR UPDATE SKIP LOCKED
            )
            UPDATE messages m SET next_attempt_at = {leaseEnd}
            FROM due WHERE m.id = due.id
            RETURNING m.*
            """).AsNoTracking().ToListAsync(cancellationToken);
    }
}
