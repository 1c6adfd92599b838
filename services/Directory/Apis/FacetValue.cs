namespace PlanetTechCare.Directory.Apis;

/// <summary>One value of a facet and how many matching listings carry it.</summary>
public sealed record FacetValue(string Value, long Count);
