using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using PlanetTechCare.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PlanetTechCare.Identity.Services;

/// <summary>
/// The principal of a client-credentials token: <c>sub</c> is the client id, the scopes are those
/// requested (OpenIddict has already checked them against the client's permissions), the
/// audiences are the resources of those scopes; a client acting for a workshops partner carries
/// <c>partner_id</c>.
/// </summary>
public sealed class ClientPrincipalFactory(IOpenIddictScopeManager scopes, ClientRegistry clients)
{
    public async Task<ClaimsPrincipal> CreateAsync(string clientId, IEnumerable<string> requestedScopes, CancellationToken cancellationToken)
    {
        var granted = requestedScopes.Distinct(StringComparer.Ordinal).ToArray();
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        if (await clients.PartnerOfAsync(clientId, cancellationToken) is { } partnerId)
        {
            identity.SetClaim(PartnerClaims.ClaimType, partnerId.ToString());
        }

        identity.SetScopes(granted);
        identity.SetResources(await scopes.ListResourcesAsync([.. granted], cancellationToken).ToListAsync(cancellationToken));
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
