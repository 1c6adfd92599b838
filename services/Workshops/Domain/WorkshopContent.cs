namespace PlanetTechCare.Workshops.Domain;

/// <summary>What staff write about a workshop: everything but its status and registrations.</summary>
public sealed record WorkshopContent(
    string? TitleFr,
    string? TitleEn,
    string? SummaryFr,
    string? SummaryEn,
    string Format,
    IReadOnlyList<string> Themes,
    IReadOnlyList<Guid> PartnerIds,
    IReadOnlyList<Speaker> Speakers,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? MeetingUrl,
    int Capacity,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt);
