namespace PlanetTechCare.Dashboard.Api.Identity;

/// <summary>A partner API client to create; <paramref name="PartnerId"/> links it to the workshops partner whose registrations its apps receive.</summary>
public sealed record ClientCreate(string? DisplayName, string? OrganisationName, IReadOnlyList<string> Scopes, Guid? PartnerId);
