using PlanetTechCare.Identity.Domain;
using PlanetTechCare.Identity.Extensions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PlanetTechCare.Identity.Services;

/// <summary>The OpenIddict permissions of each kind of client.</summary>
public static class ClientPermissions
{
    public static IEnumerable<string> ForClientCredentials(IEnumerable<string> scopes) =>
        [Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, .. scopes.Select(scope => Permissions.Prefixes.Scope + scope)];

    public static IEnumerable<string> ForDashboard() =>
    [
        Permissions.Endpoints.Authorization,
        Permissions.Endpoints.Token,
        Permissions.Endpoints.EndSession,
        Permissions.GrantTypes.AuthorizationCode,
        Permissions.GrantTypes.RefreshToken,
        Permissions.ResponseTypes.Code,
        Permissions.Scopes.Email,
        Permissions.Scopes.Profile,
        Permissions.Scopes.Roles,
        Permissions.Prefixes.Scope + Scopes.OfflineAccess,
        .. ApiScopes.All.Select(scope => Permissions.Prefixes.Scope + scope),
    ];

    public static IReadOnlyList<string> ScopesOf(IEnumerable<string> permissions) =>
        [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .Where(ApiScopes.IsKnown)];

    public static bool IsDashboard(string? clientId) => clientId == DashboardClientOptions.ClientId;
}
