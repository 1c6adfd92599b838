namespace PlanetTechCare.Dashboard.Api.Signatories;

/// <summary>One transition of a signatory's history.</summary>
public sealed record HistoryRow(string? From, string To, string By, DateTimeOffset At, string? Reason);
