namespace PlanetTechCare.Directory.Data.Search;

/// <summary>The one row a search statement returns: the total, the page and the facets as JSON arrays (property names are the SQL aliases).</summary>
public sealed record SearchRow(long Total, string Hits, string Facets);
