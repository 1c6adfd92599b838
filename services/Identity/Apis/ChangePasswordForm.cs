namespace PlanetTechCare.Identity.Apis;

/// <summary>The fields posted by the page that replaces a one-time password.</summary>
public sealed record ChangePasswordForm(string? Email, string? ChangeToken, string? NewPassword, string? ConfirmPassword, string? ReturnUrl, string? Lang);
