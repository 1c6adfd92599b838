namespace PlanetTechCare.Content.Tests.Support;

public sealed record TranslationDto(string Language, string Status, string? Slug);
