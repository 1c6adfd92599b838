namespace PlanetTechCare.Dashboard.Api.Content;

/// <summary>A language's translation status.</summary>
public sealed record TranslationState(string Language, string Status, string? Slug);
