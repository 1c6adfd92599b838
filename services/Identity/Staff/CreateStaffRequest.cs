using System.Net.Mail;
using PlanetTechCare.Identity.Domain;

namespace PlanetTechCare.Identity.Staff;

public sealed record CreateStaffRequest(string? Email, string? DisplayName, string? Role)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Email) || Email.Length > 256 || !MailAddress.TryCreate(Email.Trim(), out var address) || address.Address != Email.Trim())
        {
            errors["email"] = ["A valid e-mail address is required."];
        }

        if (string.IsNullOrWhiteSpace(DisplayName) || DisplayName.Length > 200)
        {
            errors["displayName"] = ["A display name of 1 to 200 characters is required."];
        }

        if (Role is null || !StaffRoles.IsKnown(Role))
        {
            errors["role"] = [$"The role must be one of: {string.Join(", ", StaffRoles.All)}."];
        }

        return errors;
    }
}
