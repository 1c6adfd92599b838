using System.Security.Claims;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>Who owns the subscriptions a request sees: the token's API client, else its subject.</summary>
public static class Owner
{
    public static string? Of(ClaimsPrincipal user) => user.FindFirst("client_id")?.Value ?? user.FindFirst("sub")?.Value;
}
