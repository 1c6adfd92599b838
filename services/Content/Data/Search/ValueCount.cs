namespace PlanetTechCare.Content.Data.Search;

/// <summary>A theme or tag and how many published items carry it (property names are the SQL aliases).</summary>
public sealed record ValueCount(string Value, long Count);
