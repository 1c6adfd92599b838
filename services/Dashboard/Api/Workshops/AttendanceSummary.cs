namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>How many workshops were held and their average attendance.</summary>
public sealed record AttendanceSummary(int HeldWorkshops, double AverageAttendance);
