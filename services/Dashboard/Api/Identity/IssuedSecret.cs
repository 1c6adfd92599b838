namespace PlanetTechCare.Dashboard.Api.Identity;

/// <summary>A client's secret in clear, shown once.</summary>
public sealed record IssuedSecret(string ClientId, string ClientSecret, ApiClient Client);
