using System.Security.Claims;

namespace PlanetTechCare.ServiceDefaults.Security;

/// <summary>
/// The partner organisation a client acts for (the workshops service's partner id), carried in
/// its access tokens so that services can show it what concerns that partner alone.
/// </summary>
public static class PartnerClaims
{
    public const string ClaimType = "partner_id";

    public static Guid? PartnerId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(ClaimType)?.Value, out var partnerId) ? partnerId : null;
}
