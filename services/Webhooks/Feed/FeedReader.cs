using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Feed;

/// <summary>Reads the forwarded events after a cursor (a sequence number), in order.</summary>
public static class FeedReader
{
    public static Task<List<FeedEvent>> AfterAsync(WebhooksDbContext db, long after, int limit, CancellationToken cancellationToken) =>
        db.FeedEvents.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(limit).ToListAsync(cancellationToken);
}
