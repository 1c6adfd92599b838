using PlanetTechCare.Directory.Domain;

namespace PlanetTechCare.Directory.Data.Search;

/// <summary>A page of listings in relevance order, the total, and the facet counts over every match.</summary>
public sealed record ListingSearchResult(IReadOnlyList<(Listing Listing, double Rank)> Page, long Total, IReadOnlyList<FacetRow> Facets);
