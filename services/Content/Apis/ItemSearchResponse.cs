namespace PlanetTechCare.Content.Apis;

/// <summary>
/// A page of search results and the total; <c>Approximate</c> is true when no item matched the words
/// as typed and these items match close spellings of them.
/// </summary>
public sealed record ItemSearchResponse(IReadOnlyList<PublicItemSummary> Items, int Page, int PageSize, long Total, bool Approximate);
