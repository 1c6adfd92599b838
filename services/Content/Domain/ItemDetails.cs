namespace PlanetTechCare.Content.Domain;

/// <summary>What describes an item apart from its language versions.</summary>
public sealed record ItemDetails(
    string Type,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Tags,
    Guid? WorkshopId,
    Guid? PartnerId,
    string? ExternalUrl,
    IReadOnlyList<PartnerCredit> Partners,
    IReadOnlyList<SpeakerCredit> Speakers);
