namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>A page of search results.</summary>
public sealed record SearchDto(List<SummaryDto> Items, int Page, int PageSize, long Total, bool Approximate, FacetsDto Facets);
