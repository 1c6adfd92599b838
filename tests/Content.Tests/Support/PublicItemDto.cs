namespace PlanetTechCare.Content.Tests.Support;

/// <summary>A public item, in a list (no body) or alone.</summary>
public sealed record PublicItemDto(
    Guid Id, string Type, string Language, string RequestedLanguage, bool Fallback, string Title, string Summary,
    string? BodyHtml, string Slug, string[] Themes, string[] Tags, Guid? WorkshopId, string? ExternalUrl,
    DateTimeOffset? PublishedAt, TranslationDto[] Translations);
