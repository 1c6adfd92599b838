using PlanetTechCare.Dashboard.Api.Content;

namespace PlanetTechCare.Dashboard.Components.Library;

/// <summary>One language version as the editor holds it.</summary>
public sealed class VersionDraft
{
    public string Language { get; init; } = "fr";

    public string Status { get; init; } = "missing";

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public string? Slug { get; set; }

    public static VersionDraft Of(LibraryItem item, string language) => item.Version(language) is { } version
        ? new VersionDraft { Language = language, Status = version.Status, Title = version.Title, Summary = version.Summary, Body = version.BodyMarkdown, Slug = version.Slug }
        : new VersionDraft { Language = language };

    public VersionWrite ToRequest() => new(Title, Summary, Body, string.IsNullOrWhiteSpace(Slug) ? null : Slug);
}
