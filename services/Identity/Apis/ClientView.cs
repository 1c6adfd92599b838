namespace PlanetTechCare.Identity.Apis;

/// <summary>An API client as staff see it; never its secret.</summary>
public sealed record ClientView(string ClientId, string? DisplayName, string? OrganisationName, string ClientType, IReadOnlyList<string> Scopes, DateTimeOffset? CreatedAt, Guid? PartnerId);
