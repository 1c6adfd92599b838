using PlanetTechCare.Directory.Domain;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Directory.Apis;

/// <summary>
/// One search result: the listing in short, its relevance, and its description in <see cref="Language"/>:
/// the requested language, or the other one when the listing has no description in the requested one
/// (<see cref="Fallback"/>). A listing without any description has a null <see cref="Language"/>.
/// </summary>
public sealed record ListingSummary(
    Guid Id,
    string Name,
    string? Website,
    IReadOnlyList<string> ExpertiseAreas,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Languages,
    string? CompanySize,
    string? Language,
    string RequestedLanguage,
    bool Fallback,
    string? Description,
    double Relevance)
{
    public static ListingSummary From(Listing listing, double relevance, string requested)
    {
        var (language, description) = DescriptionIn(listing, requested) is { } asked
            ? (requested, asked)
            : DescriptionIn(listing, ServedLanguages.Other(requested)) is { } other
                ? (ServedLanguages.Other(requested), other)
                : ((string?)null, (string?)null);
        return new ListingSummary(
            listing.Id, listing.Name, listing.Website, listing.ExpertiseAreas, listing.Regions, listing.Languages, listing.CompanySize,
            language, requested, language is not null && language != requested, description, Math.Round(relevance, 4));
    }

    private static string? DescriptionIn(Listing listing, string language) =>
        language == ServedLanguages.English ? listing.DescriptionEn : listing.DescriptionFr;
}
