using PlanetTechCare.Directory.Domain;

namespace PlanetTechCare.Directory.Apis;

/// <summary>One listing as the public sees it.</summary>
public sealed record ListingView(
    Guid Id,
    string Name,
    string? Website,
    IReadOnlyList<string> ExpertiseAreas,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Languages,
    string? CompanySize,
    string? DescriptionFr,
    string? DescriptionEn,
    IReadOnlyList<ListingReference> References)
{
    public static ListingView From(Listing listing) => new(
        listing.Id, listing.Name, listing.Website, listing.ExpertiseAreas, listing.Services, listing.Regions,
        listing.Languages, listing.CompanySize, listing.DescriptionFr, listing.DescriptionEn, listing.References);
}
