using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Webhooks.Apis;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>Reads the forwarded events the caller may see after a cursor (a sequence number), in order.</summary>
public static class FeedReader
{
    public static Task<List<FeedEvent>> AfterAsync(WebhooksDbContext db, Caller caller, long after, int limit, CancellationToken cancellationToken) =>
        caller.Visible(db.FeedEvents.AsNoTracking()).Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(limit).ToListAsync(cancellationToken);
}
