using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>The confirmed registrations that attended; every other confirmed one did not.</summary>
public sealed record AttendanceRequest([property: RequiredField] IReadOnlyList<Guid>? AttendedRegistrationIds) : IExampleBody<AttendanceRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static AttendanceRequest Example => new([Guid.Parse("0193a5c1-7e2f-7c3a-9b1d-4f6e8a2c0d11"), Guid.Parse("0193a5c1-8a40-7d12-8c5e-2b7f9d3e1a22")]);
}
