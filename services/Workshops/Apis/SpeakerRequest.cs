namespace PlanetTechCare.Workshops.Apis;

public sealed record SpeakerRequest(string? Name, string? Organisation, string? Role, string? Bio);
