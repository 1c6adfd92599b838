namespace PlanetTechCare.Content.Apis;

/// <summary>
/// One language version: plain-text title (required) and summary, Markdown body, and a slug
/// (generated from the title when omitted). <see cref="By"/> says who wrote it.
/// </summary>
public sealed record VersionRequest(string? Title, string? Summary, string? Body, string? Slug, string? By);
