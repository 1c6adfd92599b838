namespace PlanetTechCare.Dashboard.Api.Identity;

/// <summary>A partner API client (never its secret), and the workshops partner it acts for, if any.</summary>
public sealed record ApiClient(string ClientId, string? DisplayName, string? OrganisationName, string ClientType, IReadOnlyList<string> Scopes, DateTimeOffset? CreatedAt, Guid? PartnerId = null);
