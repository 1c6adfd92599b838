namespace PlanetTechCare.Content.Apis;

/// <summary>
/// A new item, as a draft: its type, themes and tags (lower-case slugs), optional links, and a
/// French and/or English version (at least one).
/// </summary>
public sealed record CreateItemRequest(
    string? Type,
    IReadOnlyList<string?>? Themes,
    IReadOnlyList<string?>? Tags,
    Guid? WorkshopId,
    Guid? PartnerId,
    string? ExternalUrl,
    VersionRequest? Fr,
    VersionRequest? En,
    string? By);
