using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Attendance of held workshops (most recent first) and the average over all of them.</summary>
public sealed record AttendanceFigures(int HeldWorkshops, double AverageAttendance, PagedList<WorkshopAttendance> Workshops);
