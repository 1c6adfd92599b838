namespace PlanetTechCare.Dashboard.Api.Directory;

/// <summary>A case study of a listing: a title and a link.</summary>
public sealed record ListingReference(string? Title, string? Url);
