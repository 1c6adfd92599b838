namespace PlanetTechCare.Contracts;

/// <summary>
/// A library item is public. <see cref="Type"/> is one of replay, guide, article, report, talk,
/// tool; <see cref="Languages"/> are its published languages (fr, en); <see cref="Slug"/> gives
/// each language's address (<c>/api/v1/content/items/by-slug/{lang}/{slug}</c>).
/// </summary>
public sealed record ContentPublished(
    Guid ItemId,
    string Type,
    LocalizedText Title,
    LocalizedText Slug,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Tags,
    Guid? WorkshopId,
    string PublishedBy,
    DateTimeOffset PublishedAt) : IntegrationEvent;
