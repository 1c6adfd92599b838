namespace PlanetTechCare.Contracts;

public sealed record WorkshopSpeaker(string Name, string? Organisation, string? Role);
