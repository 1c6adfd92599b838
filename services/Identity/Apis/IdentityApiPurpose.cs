namespace PlanetTechCare.Identity.Apis;

/// <summary>What the identity API is for: the first paragraph of its OpenAPI document's introduction.</summary>
public static class IdentityApiPurpose
{
    public const string Purpose =
        "The identity service that issues the platform's access tokens (OAuth 2.0 and OpenID Connect at /connect/token, keys at /.well-known/jwks); this API lets staff holding the admin scope manage partner API clients (secrets shown once, rotated, revoked) and staff accounts.";
}
