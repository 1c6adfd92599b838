namespace PlanetTechCare.Dashboard.Api.Directory;

/// <summary>Staff's edit of a listing: replaces every detail.</summary>
public sealed record ListingEdit(
    IReadOnlyList<string> ExpertiseAreas, IReadOnlyList<string> Services, IReadOnlyList<string> Regions, IReadOnlyList<string> Languages,
    string? CompanySize, string? DescriptionFr, string? DescriptionEn, IReadOnlyList<ListingReference> References);
