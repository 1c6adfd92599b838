namespace PlanetTechCare.Content.Domain;

/// <summary>
/// The text of one language version: plain-text title and summary, the Markdown body and its
/// rendered, sanitised HTML, and the slug (unique per language).
/// </summary>
public sealed record VersionText(string Title, string Summary, string BodyMarkdown, string BodyHtml, string Slug);
