namespace PlanetTechCare.Workshops.Apis;

/// <summary>The replay's address and its spoken or subtitled languages (fr, en).</summary>
public sealed record ReplayRequest(string? ReplayUrl, IReadOnlyList<string>? Languages);
