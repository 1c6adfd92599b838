namespace PlanetTechCare.Directory.Data.Search;

/// <summary>How many matching listings carry one value of one facet (read from the search statement's JSON).</summary>
public sealed record FacetRow(string Facet, string Value, long Count);
