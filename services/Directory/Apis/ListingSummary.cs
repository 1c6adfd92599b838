using PlanetTechCare.Directory.Domain;

namespace PlanetTechCare.Directory.Apis;

/// <summary>One search result: the listing in short, its description in the asked language (or the other one), its relevance.</summary>
public sealed record ListingSummary(
    Guid Id,
    string Name,
    string? Website,
    IReadOnlyList<string> ExpertiseAreas,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Languages,
    string? CompanySize,
    string? Description,
    double Relevance)
{
    public static ListingSummary From(Listing listing, double relevance, bool preferEnglish) => new(
        listing.Id, listing.Name, listing.Website, listing.ExpertiseAreas, listing.Regions, listing.Languages, listing.CompanySize,
        preferEnglish ? listing.DescriptionEn ?? listing.DescriptionFr : listing.DescriptionFr ?? listing.DescriptionEn,
        Math.Round(relevance, 4));
}
