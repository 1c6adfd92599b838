namespace PlanetTechCare.Directory.Domain;

/// <summary>What staff edit on a listing (the rest comes from the signatory's events).</summary>
public sealed record ListingDetails(
    IReadOnlyList<string> ExpertiseAreas,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Languages,
    string? CompanySize,
    string? DescriptionFr,
    string? DescriptionEn,
    IReadOnlyList<ListingReference> References);
