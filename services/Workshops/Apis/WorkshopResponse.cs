using PlanetTechCare.Contracts;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// A workshop as the public sees it: times in UTC and in Paris time. The meeting link is never
/// here; confirmed registrants get it with their registration. A cancelled workshop says why
/// (<see cref="CancellationReason"/>).
/// </summary>
public sealed record WorkshopResponse(
    Guid Id,
    LocalizedText Title,
    LocalizedText? Summary,
    string Format,
    IReadOnlyList<string> Themes,
    IReadOnlyList<WorkshopPartner> Partners,
    IReadOnlyList<SpeakerResponse> Speakers,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset StartsAtParis,
    DateTimeOffset EndsAtParis,
    string TimeZone,
    int Capacity,
    int SeatsLeft,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt,
    string Status,
    string? CancellationReason,
    string? ReplayUrl,
    IReadOnlyList<string> ReplayLanguages,
    int? AttendedCount,
    long Version);
