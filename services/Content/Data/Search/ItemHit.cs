namespace PlanetTechCare.Content.Data.Search;

/// <summary>One row of a search page (property names are the SQL aliases).</summary>
public sealed record ItemHit(Guid Id, double Rank, long Total);
