namespace PlanetTechCare.Dashboard.Api.Content;

/// <summary>A new draft item.</summary>
public sealed record ItemCreate(string Type, IReadOnlyList<string> Themes, IReadOnlyList<string> Tags, VersionWrite? Fr, VersionWrite? En);
