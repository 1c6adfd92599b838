namespace PlanetTechCare.Content.Domain;

/// <summary>One language version of an item, with its own translation status.</summary>
public sealed class ContentVersion
{
    public ContentVersion(Guid itemId, string language, VersionText text, string by, DateTimeOffset now)
    {
        ItemId = itemId;
        Language = language;
        Apply(text, by, now);
    }

    private ContentVersion()
    {
    }

    public Guid ItemId { get; private set; }

    public string Language { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public string BodyMarkdown { get; private set; } = string.Empty;

    /// <summary>The body rendered from Markdown and sanitised: the only HTML ever served.</summary>
    public string BodyHtml { get; private set; } = string.Empty;

    public string Slug { get; private set; } = string.Empty;

    public TranslationStatus Status { get; private set; } = TranslationStatus.Draft;

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public bool IsPublished => Status == TranslationStatus.Published;

    public void Apply(VersionText text, string by, DateTimeOffset now)
    {
        Title = text.Title;
        Summary = text.Summary;
        BodyMarkdown = text.BodyMarkdown;
        BodyHtml = text.BodyHtml;
        Slug = text.Slug;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    internal void MoveTo(TranslationStatus status, string by, DateTimeOffset now)
    {
        Status = status;
        if (status == TranslationStatus.Published)
        {
            PublishedAt ??= now;
            PublishedBy ??= by;
        }
    }
}
