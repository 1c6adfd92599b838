using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>The private contact: only staff see it.</summary>
public sealed record ContactRequest(
    [property: RequiredField, Text(Limits.PersonName)] string? Name,
    [property: RequiredField, Text(Limits.PersonName)] string? Role,
    [property: RequiredField, Text(Limits.Email), Email] string? Email)
{
    public PrivateContact ToContact() => new(Name!.Trim(), Role!.Trim(), Email!.Trim());
}
