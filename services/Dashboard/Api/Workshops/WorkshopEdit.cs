namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>A workshop to create or edit (times with their offset).</summary>
public sealed record WorkshopEdit(
    string? TitleFr, string? TitleEn, string? SummaryFr, string? SummaryEn, string? Format, IReadOnlyList<string> Themes,
    IReadOnlyList<Guid> PartnerIds, IReadOnlyList<SpeakerRow> Speakers, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    string? MeetingUrl, int? Capacity, DateTimeOffset? RegistrationOpensAt, DateTimeOffset? RegistrationClosesAt);
