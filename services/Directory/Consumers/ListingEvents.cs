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

    /// <summary>
    /// Applies a newer profile to the signatory's listing, creating the listing for a provider.
    /// Null when the signatory has no listing and is not a provider.
    /// </summary>
    public static async Task<Listing?> ApplyProfileAsync(
        DirectoryDbContext db, Guid signatoryId, SignatoryProfile profile, long version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.FirstOrDefaultAsync(l => l.Id == signatoryId, cancellationToken);
        if (listing is null)
        {
            if (profile.Category != SignatoryCategories.DigitalServiceProvider)
            {
                return null;
            }

            listing = new Listing(signatoryId, profile.Name, now);
            db.Listings.Add(listing);
        }

        listing.ApplyProfile(profile.ToDomain(), version, now);
        return listing;
    }

    public static ListingProfile ToDomain(this SignatoryProfile profile) =>
        new(profile.Name, profile.Category, profile.Region, profile.Website, profile.PublicDescription, profile.SizeBand);
}
