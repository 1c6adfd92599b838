using System.Net;
using System.Text.Json;

namespace PlanetTechCare.Identity.Tests.Support;

/// <summary>What <c>/connect/token</c> answered: the access token, or the OAuth error.</summary>
public sealed record TokenResponse(HttpStatusCode Status, string? AccessToken, string? Error, string? Scope, JsonElement Body)
{
    public string RequiredAccessToken => AccessToken
        ?? throw new Xunit.Sdk.XunitException($"No access token ({(int)Status}): {Body}");
}
