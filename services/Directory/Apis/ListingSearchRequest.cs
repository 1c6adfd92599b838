using PlanetTechCare.Directory.Data.Search;
using PlanetTechCare.Directory.Domain;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Directory.Apis;

/// <summary>
/// <c>?q=&amp;expertise=&amp;region=&amp;size=&amp;language=</c> (with <see cref="LanguageChoice"/> and <see cref="PageRequest"/>); a facet may be repeated
/// (any of the values matches); a region also matches providers serving all of France.
/// </summary>
public sealed record ListingSearchRequest
{
    public const int MaxQueryLength = 200;

    [Text(MaxQueryLength)]
    public string? Q { get; init; }

    [OneOf(typeof(Vocabulary), nameof(Vocabulary.ExpertiseCodes))]
    public string[]? Expertise { get; init; }

    [OneOf(typeof(Vocabulary), nameof(Vocabulary.Regions))]
    public string[]? Region { get; init; }

    [OneOf(typeof(Vocabulary), nameof(Vocabulary.Sizes))]
    public string[]? Size { get; init; }

    [OneOf(typeof(Vocabulary), nameof(Vocabulary.Languages))]
    public string[]? Language { get; init; }

    public ListingSearchCriteria ToCriteria(PageRequest page)
    {
        var text = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        return new(text, Expertise ?? [], Vocabulary.ServingAnyOf(Region ?? []), Size ?? [], Language ?? [],
            page.Skip, page.Size, text is null ? null : SearchSynonyms.Expand(text));
    }
}
