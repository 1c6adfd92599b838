using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PlanetTechCare.Identity.Connect;

/// <summary>
/// The principal of a client-credentials token: <c>sub</c> is the client id, the scopes are those
/// requested (OpenIddict has already checked them against the client's permissions), the
/// audiences are the resources of those scopes.
/// </summary>
public sealed class ClientPrincipalFactory(IOpenIddictScopeManager scopes)
{
    public async Task<ClaimsPrincipal> CreateAsync(string clientId, IEnumerable<string> requestedScopes, CancellationToken cancellationToken)
    {
        var granted = requestedScopes.Distinct(StringComparer.Ordinal).ToArray();
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetScopes(granted);
        identity.SetResources(await scopes.ListResourcesAsync([.. granted], cancellationToken).ToListAsync(cancellationToken));
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
