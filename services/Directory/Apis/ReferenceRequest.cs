namespace PlanetTechCare.Directory.Apis;

/// <summary>A case study in an edit: a title and an absolute http(s) link.</summary>
public sealed record ReferenceRequest(string? Title, string? Url);
