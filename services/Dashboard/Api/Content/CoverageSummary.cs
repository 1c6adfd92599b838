namespace PlanetTechCare.Dashboard.Api.Content;

/// <summary>Translation coverage of the library.</summary>
public sealed record CoverageSummary(CoverageFigure Overall, IReadOnlyList<CoverageFigure> ByType, IReadOnlyList<CoverageFigure> ByTheme);
