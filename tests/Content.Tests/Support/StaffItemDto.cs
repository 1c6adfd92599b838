namespace PlanetTechCare.Content.Tests.Support;

public sealed record StaffItemDto(
    Guid Id, string Type, string Status, string[] Themes, string[] Tags, Guid? WorkshopId, Guid? PartnerId, string? ExternalUrl,
    PartnerDto[] Partners, SpeakerDto[] Speakers, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    string? SubmittedBy, DateTimeOffset? SubmittedAt, string? PublishedBy, DateTimeOffset? PublishedAt,
    string? ArchivedBy, DateTimeOffset? ArchivedAt, TranslationDto[] Translations, StaffVersionDto[] Versions)
{
    public StaffVersionDto Version(string language) => Versions.Single(v => v.Language == language);
}
