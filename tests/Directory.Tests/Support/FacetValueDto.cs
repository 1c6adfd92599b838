namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>One facet value and its count.</summary>
public sealed record FacetValueDto(string Value, long Count);
