namespace PlanetTechCare.Dashboard.Api.Content;

/// <summary>Published items and how many have a published English version.</summary>
public sealed record CoverageFigure(string? Key, long Published, long WithEnglish, double Share);
