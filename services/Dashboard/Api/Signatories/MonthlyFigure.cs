namespace PlanetTechCare.Dashboard.Api.Signatories;

/// <summary>Approvals in a month and the running total.</summary>
public sealed record MonthlyFigure(string Month, int Approved, int Cumulative);
