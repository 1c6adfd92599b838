namespace PlanetTechCare.Dashboard.Api.Identity;

/// <summary>A partner API client to create.</summary>
public sealed record ClientCreate(string? DisplayName, string? OrganisationName, IReadOnlyList<string> Scopes);
