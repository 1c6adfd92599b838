using PlanetTechCare.Directory.Data.Search;
using PlanetTechCare.Directory.Domain;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Directory.Apis;

/// <summary>
/// <c>?q=&amp;expertise=&amp;region=&amp;size=&amp;language=</c> (with <see cref="PageRequest"/>); a facet may be repeated
/// (any of the values matches); a region also matches providers serving all of France.
/// </summary>
public sealed record ListingSearchRequest(
    [Text(ListingSearchRequest.MaxQueryLength)] string? Q,
    [OneOf(typeof(Vocabulary), nameof(Vocabulary.ExpertiseCodes))] string[]? Expertise,
    [OneOf(typeof(Vocabulary), nameof(Vocabulary.Regions))] string[]? Region,
    [OneOf(typeof(Vocabulary), nameof(Vocabulary.Sizes))] string[]? Size,
    [OneOf(typeof(Vocabulary), nameof(Vocabulary.Languages))] string[]? Language)
{
    public const int MaxQueryLength = 200;

    public ListingSearchCriteria ToCriteria(PageRequest page) => new(
        string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        Expertise ?? [], Vocabulary.ServingAnyOf(Region ?? []), Size ?? [], Language ?? [],
        page.Skip, page.Size);
}
