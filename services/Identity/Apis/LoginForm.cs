namespace PlanetTechCare.Identity.Apis;

/// <summary>The fields posted by the sign-in page.</summary>
public sealed record LoginForm(string? Email, string? Password, string? ReturnUrl, string? Lang);
