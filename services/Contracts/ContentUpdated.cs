namespace PlanetTechCare.Contracts;

/// <summary>A public library item changed: one language version (<see cref="Language"/>) was edited.</summary>
public sealed record ContentUpdated(
    Guid ItemId,
    string Language,
    LocalizedText Title,
    LocalizedText Slug,
    string UpdatedBy,
    DateTimeOffset UpdatedAt) : IntegrationEvent;
