using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PlanetTechCare.Identity.Tests.Support;

/// <summary>Validates an access token the way a resource server does: signature against the published JWKS, issuer from discovery.</summary>
public sealed class TokenInspector(HttpClient http)
{
    public async Task<JsonWebToken> ValidateAsync(string accessToken)
    {
        var discovery = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        var jwks = new JsonWebKeySet(await http.GetStringAsync(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(accessToken, new TokenValidationParameters
        {
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidateAudience = false,
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });
        Assert.True(result.IsValid, $"The token does not validate against the JWKS: {result.Exception}");
        return (JsonWebToken)result.SecurityToken;
    }

    public static IReadOnlyList<string> Audiences(JsonWebToken token) => [.. token.Audiences];

    public static IReadOnlySet<string> Scopes(JsonWebToken token) =>
        token.GetPayloadValue<string>("scope").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
