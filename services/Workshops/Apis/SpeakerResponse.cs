namespace PlanetTechCare.Workshops.Apis;

public sealed record SpeakerResponse(string Name, string? Organisation, string? Role, string? Bio);
