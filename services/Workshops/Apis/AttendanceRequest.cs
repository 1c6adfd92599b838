using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>The confirmed registrations that attended; every other confirmed one did not.</summary>
public sealed record AttendanceRequest([property: RequiredField] IReadOnlyList<Guid>? AttendedRegistrationIds);
