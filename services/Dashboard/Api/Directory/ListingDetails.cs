namespace PlanetTechCare.Dashboard.Api.Directory;

/// <summary>A listing's public details.</summary>
public sealed record ListingDetails(Guid Id, string Name, string? Website, IReadOnlyList<string> ExpertiseAreas, IReadOnlyList<string> Regions);
