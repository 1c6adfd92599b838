namespace PlanetTechCare.Directory.Apis;

/// <summary>Counts per value of each facet, over every listing the search matched (all pages).</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Expertise,
    IReadOnlyList<FacetValue> Region,
    IReadOnlyList<FacetValue> Size,
    IReadOnlyList<FacetValue> Language);
