namespace PlanetTechCare.Content.Tests.Support;

public sealed record CoverageDto(string? Key, long Published, long WithEnglish, double Share);
