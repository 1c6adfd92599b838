namespace PlanetTechCare.Content.Tests.Support;

public sealed record FiguresDto(CoverageDto Overall, CoverageDto[] ByType, CoverageDto[] ByTheme);
