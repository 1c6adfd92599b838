namespace PlanetTechCare.Dashboard.Api.Signatories;

/// <summary>One category's running total per month.</summary>
public sealed record CategoryMonthlyFigure(string Category, IReadOnlyList<MonthlyFigure> Monthly);
