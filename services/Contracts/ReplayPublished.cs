namespace PlanetTechCare.Contracts;

/// <summary>
/// The replay of a held workshop is online. The content service turns it into a library item.
/// <see cref="Languages"/> are the replay's spoken or subtitled languages (fr, en).
/// </summary>
public sealed record ReplayPublished(
    Guid WorkshopId,
    LocalizedText Title,
    LocalizedText? Summary,
    Uri ReplayUrl,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Themes,
    IReadOnlyList<WorkshopPartner> Partners,
    IReadOnlyList<WorkshopSpeaker> Speakers,
    DateTimeOffset HeldAt) : IntegrationEvent;
