namespace PlanetTechCare.Dashboard.Api.Content;

/// <summary>A language version to write.</summary>
public sealed record VersionWrite(string? Title, string? Summary, string? Body, string? Slug);
