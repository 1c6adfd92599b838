using PlanetTechCare.Content.Domain;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// One published item in <see cref="Language"/> (see <see cref="PublicItemSummary"/> for the
/// fallback), with its body as sanitised HTML, links and credits.
/// </summary>
public sealed record PublicItemView(
    Guid Id,
    string Type,
    string Language,
    string RequestedLanguage,
    bool Fallback,
    string Title,
    string Summary,
    string BodyHtml,
    string Slug,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Tags,
    Guid? WorkshopId,
    Guid? PartnerId,
    string? ExternalUrl,
    IReadOnlyList<PartnerCredit> Partners,
    IReadOnlyList<SpeakerCredit> Speakers,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<TranslationView> Translations)
{
    public static PublicItemView From(ContentItem item, ContentVersion version, string requested) =>
        new(item.Id, item.Type, version.Language, requested, version.Language != requested,
            version.Title, version.Summary, version.BodyHtml, version.Slug, item.Themes, item.Tags,
            item.WorkshopId, item.PartnerId, item.ExternalUrl, item.Partners, item.Speakers,
            item.PublishedAt, item.UpdatedAt, LocalizedView.Translations(item));
}
