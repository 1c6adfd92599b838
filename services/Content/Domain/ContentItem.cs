using PlanetTechCare.ServiceDefaults.Domain;

namespace PlanetTechCare.Content.Domain;

/// <summary>
/// An item of the bilingual library: its type, themes and tags, optional links to a workshop or a
/// partner, credits, and one version per language. Its workflow is in <c>ContentItem.Workflow.cs</c>.
/// </summary>
public sealed partial class ContentItem
{
    public ContentItem(Guid id, ItemDetails details, string by, DateTimeOffset now, string? creationKey = null)
    {
        Id = id;
        CreatedAt = now;
        CreatedBy = by;
        CreationKey = creationKey;
        Describe(details, now);
    }

    private ContentItem()
    {
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; } = string.Empty;

    public List<string> Themes { get; private set; } = [];

    public List<string> Tags { get; private set; } = [];

    public Guid? WorkshopId { get; private set; }

    public Guid? PartnerId { get; private set; }

    public string? ExternalUrl { get; private set; }

    public List<PartnerCredit> Partners { get; private set; } = [];

    public List<SpeakerCredit> Speakers { get; private set; } = [];

    public ItemStatus Status { get; private set; } = ItemStatus.Draft;

    /// <summary>The client's Idempotency-Key (or a seed's key) that created the item, if any.</summary>
    public string? CreationKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    public string? ArchivedBy { get; private set; }

    public List<ContentVersion> Versions { get; private set; } = [];

    public bool IsPublished => Status == ItemStatus.Published;

    public ContentVersion? Version(string language) => Versions.FirstOrDefault(v => v.Language == language);

    public ContentVersion? PublishedVersion(string language) => Version(language) is { IsPublished: true } version ? version : null;

    public TranslationStatus TranslationOf(string language) => Version(language)?.Status ?? TranslationStatus.Missing;

    public void Describe(ItemDetails details, DateTimeOffset now)
    {
        Type = details.Type;
        Themes = [.. details.Themes.Distinct()];
        Tags = [.. details.Tags.Distinct()];
        WorkshopId = details.WorkshopId;
        PartnerId = details.PartnerId;
        ExternalUrl = details.ExternalUrl;
        Partners = [.. details.Partners];
        Speakers = [.. details.Speakers];
        UpdatedAt = now;
    }

    /// <summary>Adds or replaces the version in a language; a new version starts as a draft.</summary>
    public ContentVersion WriteVersion(string language, VersionText text, string by, DateTimeOffset now)
    {
        if (Status == ItemStatus.Archived)
        {
            throw new InvalidTransitionException("An archived item cannot be edited.");
        }

        var version = Version(language);
        if (version is null)
        {
            version = new ContentVersion(Id, language, text, by, now);
            Versions.Add(version);
        }
        else
        {
            version.Apply(text, by, now);
        }

        UpdatedAt = now;
        return version;
    }
}
