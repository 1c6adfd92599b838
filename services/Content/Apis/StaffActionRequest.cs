using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Content.Apis;

/// <summary>The optional body of a workflow step: who takes it (until the identity service brings staff identities).</summary>
public sealed record StaffActionRequest([property: Text(Limits.PersonName)] string? By) : IExampleBody<StaffActionRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static StaffActionRequest Example => new("Camille Martin");
}
