using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Contracts;
using PlanetTechCare.Directory.Data;
using PlanetTechCare.Directory.Domain;

namespace PlanetTechCare.Directory.Consumers;

/// <summary>What the signatory consumers share: find or create the signatory's listing.</summary>
internal static class ListingEvents
{
    public static async Task<Listing> FindOrAddAsync(DirectoryDbContext db, Guid signatoryId, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.FirstOrDefaultAsync(l => l.Id == signatoryId, cancellationToken);
        if (listing is null)
        {
            listing = new Listing(signatoryId, name, now);
            db.Listings.Add(listing);
        }

        return listing;
    }

    public static Task<Listing?> FindAsync(DirectoryDbContext db, Guid signatoryId, CancellationToken cancellationToken) =>
        db.Listings.FirstOrDefaultAsync(l => l.Id == signatoryId, cancellationToken);

    public static ListingProfile ToDomain(this SignatoryProfile profile) =>
        new(profile.Name, profile.Category, profile.Region, profile.Website, profile.PublicDescription, profile.SizeBand);
}
