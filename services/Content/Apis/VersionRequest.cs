using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// One language version: plain-text title (required) and summary, Markdown body, and a slug
/// (generated from the title when omitted or blank). <see cref="By"/> says who wrote it.
/// </summary>
public sealed record VersionRequest(
    [property: RequiredField, Text(Limits.Title)] string? Title,
    [property: Text(Limits.Summary, Multiline = true)] string? Summary,
    [property: Text(Limits.Body, Multiline = true)] string? Body,
    [property: Text(Limits.Slug), Slug] string? Slug,
    [property: Text(Limits.PersonName)] string? By) : IExampleBody<VersionRequest>
{
    /// <summary>The example the API documents show.</summary>
    public static VersionRequest Example => new("Web eco-design guide", "Good practices for a leaner website.", "## Why\n\nA lighter website…", "web-eco-design-guide", null);

    /// <summary>The text as written; the slug is null when it is to be generated from the title.</summary>
    public (string Title, string Summary, string Body, string? Slug) ToText() =>
        (Title!.Trim(), Summary?.Trim() ?? string.Empty, Body ?? string.Empty, string.IsNullOrWhiteSpace(Slug) ? null : Slug);
}
