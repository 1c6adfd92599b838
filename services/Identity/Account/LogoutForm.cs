namespace PlanetTechCare.Identity.Account;

public sealed record LogoutForm(string? ReturnUrl);
