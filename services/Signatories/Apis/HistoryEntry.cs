namespace PlanetTechCare.Signatories.Apis;

/// <summary>One transition of a signatory's history: from (null for the application), to, by whom, when and why.</summary>
public sealed record HistoryEntry(string? From, string To, string By, DateTimeOffset At, string? Reason);
