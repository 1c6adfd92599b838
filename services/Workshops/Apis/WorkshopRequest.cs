namespace PlanetTechCare.Workshops.Apis;

/// <summary>A workshop as staff create or edit it. Times are ISO-8601 with an offset (stored UTC).</summary>
public sealed record WorkshopRequest(
    string? TitleFr,
    string? TitleEn,
    string? SummaryFr,
    string? SummaryEn,
    string? Format,
    IReadOnlyList<string>? Themes,
    IReadOnlyList<Guid>? PartnerIds,
    IReadOnlyList<SpeakerRequest>? Speakers,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? MeetingUrl,
    int? Capacity,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt);
