namespace PlanetTechCare.Signatories.Apis;

/// <summary>One category's approvals per month since launch, with its running total.</summary>
public sealed record CategoryMonthlyCounts(string Category, IReadOnlyList<MonthlyCount> Monthly);
