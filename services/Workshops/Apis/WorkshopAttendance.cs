using PlanetTechCare.Contracts;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// One held workshop's figures; <see cref="RunningAverage"/> is the mean attendance of every held
/// workshop up to and including this one.
/// </summary>
public sealed record WorkshopAttendance(
    Guid WorkshopId, LocalizedText Title, DateTimeOffset StartsAt, int Capacity, int Confirmed, int Attended, double RunningAverage);
