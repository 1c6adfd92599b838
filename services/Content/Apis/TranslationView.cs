namespace PlanetTechCare.Content.Apis;

/// <summary>One language of an item: its translation status (missing, draft, in-review, published) and, once public, its slug.</summary>
public sealed record TranslationView(string Language, string Status, string? Slug);
