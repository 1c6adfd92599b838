using PlanetTechCare.Content.Domain;

namespace PlanetTechCare.Content.Apis;

/// <summary>A language version as staff see it: Markdown and rendered HTML, status, who and when.</summary>
public sealed record StaffVersionView(
    string Language,
    string Status,
    string Title,
    string Summary,
    string BodyMarkdown,
    string BodyHtml,
    string Slug,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    string? PublishedBy,
    DateTimeOffset? PublishedAt)
{
    public static StaffVersionView From(ContentVersion version) => new(
        version.Language, LocalizedView.StatusName(version.Status), version.Title, version.Summary,
        version.BodyMarkdown, version.BodyHtml, version.Slug, version.UpdatedBy, version.UpdatedAt,
        version.PublishedBy, version.PublishedAt);
}
