namespace PlanetTechCare.Content.Domain;

/// <summary>A speaker credited on an item.</summary>
public sealed record SpeakerCredit(string Name, string? Organisation, string? Role);
