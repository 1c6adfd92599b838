namespace PlanetTechCare.Content.Apis;

/// <summary>Translation coverage of the published library, overall, per type and per theme.</summary>
public sealed record CoverageFigures(Coverage Overall, IReadOnlyList<Coverage> ByType, IReadOnlyList<Coverage> ByTheme);
