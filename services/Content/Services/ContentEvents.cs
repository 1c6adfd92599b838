using PlanetTechCare.Content.Domain;
using PlanetTechCare.Contracts;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Services;

/// <summary>The integration events of the library, built from an item's state.</summary>
public static class ContentEvents
{
    public static ContentPublished Published(ContentItem item) => new(
        item.Id, item.Type, Titles(item), Slugs(item),
        [.. ServedLanguages.All.Where(l => item.PublishedVersion(l) is not null)],
        item.Themes, item.Tags, item.WorkshopId, item.PublishedBy ?? "staff", item.PublishedAt ?? item.UpdatedAt);

    public static ContentUpdated Updated(ContentItem item, string language, string by, DateTimeOffset now) =>
        new(item.Id, language, Titles(item), Slugs(item), by, now);

    public static ContentArchived Archived(ContentItem item, bool wasPublished) =>
        new(item.Id, wasPublished, item.ArchivedBy ?? "staff", item.ArchivedAt ?? item.UpdatedAt);

    public static TranslationPublished TranslationPublished(ContentItem item, ContentVersion version) =>
        new(item.Id, version.Language, version.Title, version.Slug, version.PublishedBy ?? "staff", version.PublishedAt ?? item.UpdatedAt);

    private static LocalizedText Titles(ContentItem item) =>
        new(item.PublishedVersion(ServedLanguages.French)?.Title, item.PublishedVersion(ServedLanguages.English)?.Title);

    private static LocalizedText Slugs(ContentItem item) =>
        new(item.PublishedVersion(ServedLanguages.French)?.Slug, item.PublishedVersion(ServedLanguages.English)?.Slug);
}
