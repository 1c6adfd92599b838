using System.Security.Claims;

namespace PlanetTechCare.ServiceDefaults.Security;

/// <summary>Reads the granted scopes of an access token: <c>scope</c> claims, each space-separated (RFC 9068).</summary>
public static class ScopeClaims
{
    public const string ClaimType = "scope";

    public static bool HasScope(this ClaimsPrincipal user, string scope) =>
        user.FindAll(ClaimType).Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}
