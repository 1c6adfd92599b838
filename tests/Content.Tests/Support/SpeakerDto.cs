namespace PlanetTechCare.Content.Tests.Support;

public sealed record SpeakerDto(string Name, string? Organisation, string? Role);
