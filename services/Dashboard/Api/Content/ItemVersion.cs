namespace PlanetTechCare.Dashboard.Api.Content;

/// <summary>One language version of a library item, Markdown and rendered HTML.</summary>
public sealed record ItemVersion(string Language, string Status, string Title, string Summary, string BodyMarkdown, string BodyHtml, string Slug);
