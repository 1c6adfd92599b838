using PlanetTechCare.Content.Domain;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// A published item in a list, in <see cref="Language"/>: the requested language, or the other
/// one when the requested translation is missing or not published (<see cref="Fallback"/>).
/// </summary>
public sealed record PublicItemSummary(
    Guid Id,
    string Type,
    string Language,
    string RequestedLanguage,
    bool Fallback,
    string Title,
    string Summary,
    string Slug,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Tags,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<TranslationView> Translations)
{
    public static PublicItemSummary From(ContentItem item, string requested)
    {
        var version = LocalizedView.Choose(item, requested)
            ?? throw new InvalidOperationException($"Published item {item.Id} has no published version.");
        return new PublicItemSummary(item.Id, item.Type, version.Language, requested, version.Language != requested,
            version.Title, version.Summary, version.Slug, item.Themes, item.Tags, item.PublishedAt, LocalizedView.Translations(item));
    }
}
