namespace PlanetTechCare.Contracts;

/// <summary>
/// The public profile of a signatory, as other services may show it. Never carries the private
/// contact. <see cref="Category"/> is one of <see cref="SignatoryCategories"/>.
/// </summary>
public sealed record SignatoryProfile(
    string Name,
    string Category,
    string Region,
    string? Website,
    string? PublicDescription,
    string? SizeBand);
