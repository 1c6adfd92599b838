using System.Security.Claims;
using OpenIddict.Abstractions;

namespace PlanetTechCare.Identity.Services;

/// <summary>Reads the scopes granted to a validated token, whether kept as OpenIddict's claims or as the space-separated <c>scope</c> claim.</summary>
public static class GrantedScopes
{
    public static bool Has(ClaimsPrincipal principal, string scope) =>
        principal.HasScope(scope)
        || principal.FindAll(OpenIddictConstants.Claims.Scope)
            .Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}
