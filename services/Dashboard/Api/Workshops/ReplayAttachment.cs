namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>A replay's address and languages.</summary>
public sealed record ReplayAttachment(string? ReplayUrl, IReadOnlyList<string> Languages);
