using System.Security.Claims;

namespace PlanetTechCare.ServiceDefaults.Security;

/// <summary>Who a request acts as, from its access token: a staff member's name or e-mail, else the API client's id.</summary>
public static class Actor
{
    public static string? NameOf(ClaimsPrincipal user) =>
        user.FindFirst("name")?.Value ?? user.FindFirst("email")?.Value ?? user.FindFirst("client_id")?.Value;

    /// <summary>
    /// For a history entry: the token's actor, with the person an API client says it acts for
    /// (<paramref name="onBehalfOf"/>, from the request) in front: "Claire Martin (crm-sync)".
    /// </summary>
    public static string Describe(ClaimsPrincipal user, string? onBehalfOf) => (NameOf(user), onBehalfOf) switch
    {
        (null, null) => "staff",
        (null, { } person) => person,
        ({ } actor, null) => actor,
        ({ } actor, { } person) when person == actor => actor,
        ({ } actor, { } person) => $"{person} ({actor})",
    };
}
