namespace PlanetTechCare.Directory.Domain;

/// <summary>The signatory's public profile as events carry it (a framework-free copy of the contract).</summary>
public sealed record ListingProfile(string Name, string Category, string? Region, string? Website, string? Description, string? SizeBand);
