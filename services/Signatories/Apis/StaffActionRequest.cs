using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>
/// A staff decision, whose body may be empty: why (required to reject and suspend, which the
/// transition checks) and for whom an API client acts.
/// </summary>
public sealed record StaffActionRequest(
    [property: Text(Limits.Reason, Multiline = true)] string? Reason,
    [property: Text(Limits.PersonName)] string? By) : IExampleBody<StaffActionRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static StaffActionRequest Example => new("The SIREN given belongs to another organisation.", "Camille Martin");
}
