using PlanetTechCare.Content.Domain;

namespace PlanetTechCare.Content.Data.Search;

/// <summary>
/// A page of published items in the requested order, and the total over every match; <c>Approximate</c>
/// when nothing matched the words and these items match close spellings of them.
/// </summary>
public sealed record ItemSearchResult(IReadOnlyList<ContentItem> Page, long Total, bool Approximate);
