namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>The facets of a search.</summary>
public sealed record FacetsDto(List<FacetValueDto> Expertise, List<FacetValueDto> Region, List<FacetValueDto> Size, List<FacetValueDto> Language);
