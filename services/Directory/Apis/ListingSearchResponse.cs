namespace PlanetTechCare.Directory.Apis;

/// <summary>
/// A page of search results in relevance order, the total, and the facets; <c>Approximate</c> is true
/// when no listing matched the words as typed and these results match close spellings of them.
/// </summary>
public sealed record ListingSearchResponse(IReadOnlyList<ListingSummary> Items, int Page, int PageSize, long Total, bool Approximate, SearchFacets Facets);
