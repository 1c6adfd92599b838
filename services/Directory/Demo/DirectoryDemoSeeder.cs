using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Directory.Apis;
using PlanetTechCare.Directory.Data;
using PlanetTechCare.Directory.Domain;
using PlanetTechCare.ServiceData.Demo;

namespace PlanetTechCare.Directory.Demo;

/// <summary>
/// Staff moderation of the demo's providers. Their listings come the real way, drafts made from the
/// signatories service's demo approvals; this seeder works the moderation queue as staff would:
/// it enters each new draft's details and publishes four in five (the rest wait in the queue).
/// The approvals arrive over the broker for a while after start, so it keeps at the queue until no
/// new draft has come for <see cref="Quiet"/>. A draft already given details is left to staff.
/// </summary>
public sealed partial class DirectoryDemoSeeder(DirectoryDbContext db, TimeProvider clock, ILogger<DirectoryDemoSeeder> logger) : IDemoSeeder
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(5);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var lastArrival = started;
        var moderated = 0;
        while (clock.GetUtcNow() - lastArrival < Quiet && clock.GetUtcNow() - started < Longest)
        {
            var count = await ModerateNewDraftsAsync(cancellationToken);
            if (count > 0)
            {
                moderated += count;
                lastArrival = clock.GetUtcNow();
            }

            await Task.Delay(Poll, clock, cancellationToken);
        }

        LogModerated(logger, moderated);
    }

    private async Task<int> ModerateNewDraftsAsync(CancellationToken cancellationToken)
    {
        var drafts = await db.Listings
            .Where(l => l.Status == ModerationStatus.Draft && l.Standing == SignatoryStanding.InGoodStanding
                && l.Category == Vocabulary.ProviderCategory && l.ExpertiseAreas.Count == 0)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var listing in drafts)
        {
            listing.Edit(DemoListings.DetailsFor(listing.Id, listing.Name, listing.Regions, listing.CompanySize), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var listing in drafts.Where(l => !DemoListings.StaysDraft(l.Id)))
        {
            await StaffDirectoryApi.PublishAsync(listing.Id, db, clock, cancellationToken);
        }

        db.ChangeTracker.Clear();
        return drafts.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Count} provider listings moderated")]
    private static partial void LogModerated(ILogger logger, int count);
}
