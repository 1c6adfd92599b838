namespace PlanetTechCare.Signatories.Apis;

/// <summary>
/// Growth figures: total in good standing, by category, per month since launch (overall and for
/// each category), against the target.
/// </summary>
public sealed record SignatoryFigures(
    int Total,
    IReadOnlyDictionary<string, int> ByCategory,
    IReadOnlyList<MonthlyCount> Monthly,
    int Target,
    double Progress,
    IReadOnlyList<CategoryMonthlyCounts> MonthlyByCategory);
