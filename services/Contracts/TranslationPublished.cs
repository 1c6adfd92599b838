namespace PlanetTechCare.Contracts;

/// <summary>One language version (fr, en) of an already public library item is now public.</summary>
public sealed record TranslationPublished(
    Guid ItemId,
    string Language,
    string Title,
    string Slug,
    string PublishedBy,
    DateTimeOffset PublishedAt) : IntegrationEvent;
