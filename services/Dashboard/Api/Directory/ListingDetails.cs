namespace PlanetTechCare.Dashboard.Api.Directory;

/// <summary>A listing's details as the public will see them (the public search answers only some of them).</summary>
public sealed record ListingDetails(
    Guid Id, string Name, string? Website, IReadOnlyList<string> ExpertiseAreas, IReadOnlyList<string> Regions,
    IReadOnlyList<string>? Services = null, IReadOnlyList<string>? Languages = null, string? CompanySize = null,
    string? DescriptionFr = null, string? DescriptionEn = null, IReadOnlyList<ListingReference>? References = null);
