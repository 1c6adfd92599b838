namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>The confirmed registrations that attended.</summary>
public sealed record AttendanceRecord(IReadOnlyList<Guid> AttendedRegistrationIds);
