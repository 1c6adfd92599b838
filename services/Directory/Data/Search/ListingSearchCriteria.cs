namespace PlanetTechCare.Directory.Data.Search;

/// <summary>
/// A validated search: free text (or none), facet filters (any of the values), one page; <c>Synonyms</c> is
/// the text with its synonyms in French, searched besides it (null when it has none). Corrected by
/// <see cref="CloseSpellings"/>, both are <c>to_tsquery</c> queries.
/// </summary>
public sealed record ListingSearchCriteria(
    string? Text,
    string[] Expertise,
    string[] Regions,
    string[] Sizes,
    string[] Languages,
    int Skip,
    int Take,
    string? Synonyms);
