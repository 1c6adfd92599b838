namespace PlanetTechCare.Content.Tests.Support;

public sealed record StaffVersionDto(
    string Language, string Status, string Title, string Summary, string BodyMarkdown, string BodyHtml, string Slug,
    string UpdatedBy, DateTimeOffset UpdatedAt, string? PublishedBy, DateTimeOffset? PublishedAt);
