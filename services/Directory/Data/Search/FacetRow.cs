namespace PlanetTechCare.Directory.Data.Search;

/// <summary>How many matching listings carry one value of one facet (property names are the SQL aliases).</summary>
public sealed record FacetRow(string Facet, string Value, long Count);
