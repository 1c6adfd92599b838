using PlanetTechCare.Directory.Domain;

namespace PlanetTechCare.Directory.Apis;

/// <summary>One listing as staff see it: the public view plus moderation and signatory standing.</summary>
public sealed record StaffListingView(
    ListingView Listing,
    string Category,
    string Status,
    string Standing,
    string? UnpublishReason,
    bool IsPublic,
    long StandingVersion,
    long ProfileVersion,
    DateTimeOffset UpdatedAt)
{
    public static StaffListingView From(Listing listing) => new(
        ListingView.From(listing), listing.Category, listing.Status.ToString(), listing.Standing.ToString(),
        listing.UnpublishReason, listing.IsPublic, listing.StandingVersion, listing.ProfileVersion, listing.UpdatedAt);
}
