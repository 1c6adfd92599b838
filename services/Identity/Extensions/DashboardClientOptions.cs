namespace PlanetTechCare.Identity.Extensions;

/// <summary>The staff dashboard: a public client using the authorization code flow with PKCE.</summary>
public sealed class DashboardClientOptions
{
    public const string ClientId = "dashboard";

    public string? RedirectUri { get; set; }

    public string? PostLogoutRedirectUri { get; set; }
}
