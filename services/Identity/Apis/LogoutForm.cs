namespace PlanetTechCare.Identity.Apis;

public sealed record LogoutForm(string? ReturnUrl);
