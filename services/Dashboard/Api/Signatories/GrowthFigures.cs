namespace PlanetTechCare.Dashboard.Api.Signatories;

/// <summary>Signatories in good standing, by category and per month, against the target.</summary>
public sealed record GrowthFigures(
    int Total, IReadOnlyDictionary<string, int> ByCategory, IReadOnlyList<MonthlyFigure> Monthly, int Target, double Progress,
    IReadOnlyList<CategoryMonthlyFigure>? MonthlyByCategory);
