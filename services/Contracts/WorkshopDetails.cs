namespace PlanetTechCare.Contracts;

/// <summary>
/// What other services and external apps need to know of a workshop. <see cref="Format"/> is
/// one of rex, conference, training, webinar; times are UTC.
/// </summary>
public sealed record WorkshopDetails(
    LocalizedText Title,
    LocalizedText? Summary,
    string Format,
    IReadOnlyList<string> Themes,
    IReadOnlyList<WorkshopPartner> Partners,
    IReadOnlyList<WorkshopSpeaker> Speakers,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Capacity);
