using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Apis;

/// <summary>An item in any status, with every version and who moved it through the workflow, and when.</summary>
public sealed record StaffItemView(
    Guid Id,
    string Type,
    string Status,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Tags,
    Guid? WorkshopId,
    Guid? PartnerId,
    string? ExternalUrl,
    IReadOnlyList<PartnerCredit> Partners,
    IReadOnlyList<SpeakerCredit> Speakers,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    string? PublishedBy,
    DateTimeOffset? PublishedAt,
    string? ArchivedBy,
    DateTimeOffset? ArchivedAt,
    IReadOnlyList<TranslationView> Translations,
    IReadOnlyList<StaffVersionView> Versions)
{
    public static StaffItemView From(ContentItem item) => new(
        item.Id, item.Type, LocalizedView.StatusName(item.Status), item.Themes, item.Tags, item.WorkshopId, item.PartnerId,
        item.ExternalUrl, item.Partners, item.Speakers, item.CreatedBy, item.CreatedAt, item.UpdatedAt,
        item.SubmittedBy, item.SubmittedAt, item.PublishedBy, item.PublishedAt, item.ArchivedBy, item.ArchivedAt,
        LocalizedView.Translations(item),
        [.. item.Versions.OrderBy(v => v.Language == ServedLanguages.French ? 0 : 1).Select(StaffVersionView.From)]);
}
