using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// Which version of a published item to serve for a requested language: that language if its
/// version is published, otherwise the other language (a fallback).
/// </summary>
public static class LocalizedView
{
    public static ContentVersion? Choose(ContentItem item, string requested) =>
        item.PublishedVersion(requested) ?? item.PublishedVersion(ServedLanguages.Other(requested));

    public static IReadOnlyList<TranslationView> Translations(ContentItem item) =>
        [.. ServedLanguages.All.Select(language => new TranslationView(language, StatusName(item.TranslationOf(language)), item.PublishedVersion(language)?.Slug))];

    public static string StatusName(TranslationStatus status) => status switch
    {
        TranslationStatus.InReview => "in-review",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string StatusName(ItemStatus status) => status switch
    {
        ItemStatus.InReview => "in-review",
        _ => status.ToString().ToLowerInvariant(),
    };
}
