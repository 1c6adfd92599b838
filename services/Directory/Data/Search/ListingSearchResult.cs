using PlanetTechCare.Directory.Domain;

namespace PlanetTechCare.Directory.Data.Search;

/// <summary>
/// A page of listings in relevance order, the total, and the facet counts over every match;
/// <c>Approximate</c> when nothing matched the words and these listings match close spellings of them.
/// </summary>
public sealed record ListingSearchResult(IReadOnlyList<(Listing Listing, double Rank)> Page, long Total, IReadOnlyList<FacetRow> Facets, bool Approximate);
