using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using PlanetTechCare.Identity.Data;
using PlanetTechCare.Identity.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PlanetTechCare.Identity.Services;

/// <summary>
/// The principal of a staff token: <c>sub</c>, <c>name</c>, <c>email</c>, <c>role</c>, the granted
/// scopes (those requested that the user's role allows) and the resources of those scopes.
/// </summary>
public sealed class StaffPrincipalFactory(UserManager<StaffUser> users, IOpenIddictScopeManager scopes)
{
    private static readonly ImmutableHashSet<string> OpenIdScopes =
        [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess];

    public async Task<ClaimsPrincipal> CreateAsync(StaffUser user, IEnumerable<string> requestedScopes, CancellationToken cancellationToken)
    {
        var roles = await users.GetRolesAsync(user);
        var grantable = StaffRoles.GrantableScopes(roles);
        var granted = requestedScopes.Where(scope => OpenIdScopes.Contains(scope) || grantable.Contains(scope)).Distinct(StringComparer.Ordinal).ToImmutableArray();

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaims(Claims.Role, [.. roles]);
        identity.SetScopes(granted);
        identity.SetResources(await scopes.ListResourcesAsync(granted, cancellationToken).ToListAsync(cancellationToken));
        identity.SetDestinations(claim => Destinations(claim, identity));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Every claim goes in the access token; name, email and role also in the identity token when their scope was granted.</summary>
    private static IEnumerable<string> Destinations(Claim claim, ClaimsIdentity identity)
    {
        yield return OpenIddictConstants.Destinations.AccessToken;
        var scope = claim.Type switch
        {
            Claims.Name => Scopes.Profile,
            Claims.Email => Scopes.Email,
            Claims.Role => Scopes.Roles,
            _ => null,
        };
        if (scope is not null && identity.HasScope(scope))
        {
            yield return OpenIddictConstants.Destinations.IdentityToken;
        }
    }
}
