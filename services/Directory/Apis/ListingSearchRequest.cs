using PlanetTechCare.Directory.Data.Search;
using PlanetTechCare.Directory.Domain;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Directory.Apis;

/// <summary>
/// <c>?q=&amp;expertise=&amp;region=&amp;size=&amp;language=&amp;page=&amp;pageSize=</c>; a facet may be repeated
/// (any of the values matches); a region also matches providers serving all of France.
/// </summary>
public sealed record ListingSearchRequest(string? Q, string[]? Expertise, string[]? Region, string[]? Size, string[]? Language, string? Page, string? PageSize)
{
    public const int MaxQueryLength = 200;

    /// <summary>The paging (page and size are read as text, so that "abc" is a named validation error).</summary>
    public PageRequest Paging => PageRequest.FromQuery(Page, PageSize).Paging;

    public Dictionary<string, string[]> Validate()
    {
        var errors = PageRequest.FromQuery(Page, PageSize).Errors;

        if (Q is { Length: > MaxQueryLength } || Q?.Any(char.IsControl) == true)
        {
            errors["q"] = [$"The search text must be at most {MaxQueryLength} characters, without control characters."];
        }

        CheckKnown(errors, "expertise", Expertise, Vocabulary.ExpertiseAreas.Keys);
        CheckKnown(errors, "region", Region, Vocabulary.Regions);
        CheckKnown(errors, "size", Size, Vocabulary.Sizes);
        CheckKnown(errors, "language", Language, Vocabulary.Languages);
        return errors;
    }

    public ListingSearchCriteria ToCriteria() => new(
        string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        Expertise ?? [], Vocabulary.ServingAnyOf(Region ?? []), Size ?? [], Language ?? [],
        Paging.Skip, Paging.Size);

    internal static void CheckKnown(Dictionary<string, string[]> errors, string field, IEnumerable<string?>? values, IEnumerable<string> known)
    {
        var unknown = (values ?? []).Where(v => v is null || !known.Contains(v)).ToList();
        if (unknown.Count > 0)
        {
            errors[field] = [$"Unknown value(s) {string.Join(", ", unknown.Select(v => $"'{v}'"))}; known: {string.Join(", ", known)}."];
        }
    }
}
