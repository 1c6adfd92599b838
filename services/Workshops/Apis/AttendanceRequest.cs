namespace PlanetTechCare.Workshops.Apis;

/// <summary>The confirmed registrations that attended; every other confirmed one did not.</summary>
public sealed record AttendanceRequest(IReadOnlyList<Guid>? AttendedRegistrationIds);
