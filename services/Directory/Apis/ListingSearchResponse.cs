namespace PlanetTechCare.Directory.Apis;

/// <summary>A page of search results in relevance order, the total, and the facets.</summary>
public sealed record ListingSearchResponse(IReadOnlyList<ListingSummary> Items, int Page, int PageSize, long Total, SearchFacets Facets);
