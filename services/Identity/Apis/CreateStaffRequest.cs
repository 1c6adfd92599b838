using PlanetTechCare.Identity.Domain;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Identity.Apis;

/// <summary>A staff account to create: its e-mail (the login), the name shown and its role.</summary>
public sealed record CreateStaffRequest(
    [property: RequiredField, Text(CreateStaffRequest.MaxEmailLength), Email] string? Email,
    [property: RequiredField, Text(CreateStaffRequest.MaxNameLength)] string? DisplayName,
    [property: RequiredField, OneOf(typeof(StaffRoles), nameof(StaffRoles.All))] string? Role) : IExampleBody<CreateStaffRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static CreateStaffRequest Example => new("camille.martin@planet-techcare.example", "Camille Martin", StaffRoles.Staff);

    public const int MaxEmailLength = 256;
    public const int MaxNameLength = 200;
}
