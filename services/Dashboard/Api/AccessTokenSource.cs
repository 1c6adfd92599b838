using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace PlanetTechCare.Dashboard.Api;

/// <summary>The signed-in staff member's access token, kept as a claim of the sign-in cookie.</summary>
public sealed class AccessTokenSource(AuthenticationStateProvider authentication)
{
    public const string AccessTokenClaim = "ptc_access_token";
    public const string ExpiresAtClaim = "ptc_access_token_expires_at";

    public async Task<string?> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.FindFirst(AccessTokenClaim)?.Value;
    }

    public static bool IsExpired(ClaimsPrincipal? user) =>
        user?.FindFirst(ExpiresAtClaim)?.Value is not { } value
        || !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
        || DateTimeOffset.FromUnixTimeSeconds(seconds) <= DateTimeOffset.UtcNow.AddMinutes(1);
}
