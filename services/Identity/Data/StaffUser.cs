using Microsoft.AspNetCore.Identity;

namespace PlanetTechCare.Identity.Data;

/// <summary>A staff account: an ASP.NET Core Identity user with the name shown to colleagues.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public bool IsDisabled { get; set; }

    /// <summary>Set for accounts created with a generated one-time password: the first sign-in must choose a new one.</summary>
    public bool PasswordChangeRequired { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
