namespace PlanetTechCare.Directory.Data.Search;

/// <summary>One row of a search page: the listing and its relevance.</summary>
public sealed record ListingHit(Guid Id, double Rank);
