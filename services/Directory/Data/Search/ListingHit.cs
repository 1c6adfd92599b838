namespace PlanetTechCare.Directory.Data.Search;

/// <summary>One row of a search page: the listing and its relevance (property names are the SQL aliases).</summary>
public sealed record ListingHit(Guid Id, double Rank, long Total);
