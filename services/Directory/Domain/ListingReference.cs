namespace PlanetTechCare.Directory.Domain;

/// <summary>A case study the provider shows: a title and a link.</summary>
public sealed record ListingReference(string Title, string Url);
