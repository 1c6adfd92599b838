namespace PlanetTechCare.Signatories.Apis;

/// <summary>The signatories in good standing approved by the end of a month ("2026-05").</summary>
public sealed record MonthlyCount(string Month, int Approved, int Cumulative);
