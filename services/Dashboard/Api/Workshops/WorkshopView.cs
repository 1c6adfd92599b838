namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>A workshop's public content and figures.</summary>
public sealed record WorkshopView(
    Guid Id, Bilingual Title, Bilingual? Summary, string Format, IReadOnlyList<string> Themes, IReadOnlyList<PartnerRef> Partners,
    IReadOnlyList<SpeakerRow> Speakers, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset StartsAtParis, DateTimeOffset EndsAtParis,
    int Capacity, int SeatsLeft, DateTimeOffset? RegistrationOpensAt, DateTimeOffset? RegistrationClosesAt, string Status, string? ReplayUrl,
    IReadOnlyList<string> ReplayLanguages, int? AttendedCount);
