using PlanetTechCare.ServiceDefaults.Domain;

namespace PlanetTechCare.Content.Domain;

/// <summary>
/// The publication workflow. Each step returns false when the item is already where the step
/// leads (a repeated call changes nothing), and throws <see cref="InvalidTransitionException"/>,
/// changing nothing, when the current status does not allow it.
/// </summary>
public sealed partial class ContentItem
{
    /// <summary>Draft → in review; the draft versions go to review with it.</summary>
    public bool SubmitForReview(string by, DateTimeOffset now)
    {
        if (Status == ItemStatus.InReview)
        {
            return false;
        }

        if (Status != ItemStatus.Draft)
        {
            throw new InvalidTransitionException($"Only a draft can be submitted for review; this item is {Named(Status)}.");
        }

        foreach (var version in Versions.Where(v => v.Status == TranslationStatus.Draft))
        {
            version.MoveTo(TranslationStatus.InReview, by, now);
        }

        Status = ItemStatus.InReview;
        SubmittedAt = now;
        SubmittedBy = by;
        UpdatedAt = now;
        return true;
    }

    /// <summary>In review → published; the versions in review are published with it.</summary>
    public bool Publish(string by, DateTimeOffset now)
    {
        if (Status == ItemStatus.Published)
        {
            return false;
        }

        if (Status != ItemStatus.InReview)
        {
            throw new InvalidTransitionException($"Only an item in review can be published; this item is {Named(Status)}.");
        }

        if (!Versions.Any(v => v.Status is TranslationStatus.InReview or TranslationStatus.Published))
        {
            throw new InvalidTransitionException("The item has no version in review to publish.");
        }

        foreach (var version in Versions.Where(v => v.Status == TranslationStatus.InReview))
        {
            version.MoveTo(TranslationStatus.Published, by, now);
        }

        Status = ItemStatus.Published;
        PublishedAt = now;
        PublishedBy = by;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Publishes one version of a published item (a translation added or finished later).</summary>
    public bool PublishTranslation(string language, string by, DateTimeOffset now)
    {
        var version = Version(language)
            ?? throw new InvalidTransitionException($"The item has no '{language}' version to publish.");
        if (version.IsPublished)
        {
            return false;
        }

        if (Status != ItemStatus.Published)
        {
            throw new InvalidTransitionException($"A translation is published on its own only once the item is published; this item is {Named(Status)}.");
        }

        version.MoveTo(TranslationStatus.Published, by, now);
        UpdatedAt = now;
        return true;
    }

    /// <summary>Any status → archived: the item leaves the public library.</summary>
    public bool Archive(string by, DateTimeOffset now)
    {
        if (Status == ItemStatus.Archived)
        {
            return false;
        }

        Status = ItemStatus.Archived;
        ArchivedAt = now;
        ArchivedBy = by;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Publishes directly, with every version (replays when configured to skip the review).</summary>
    public void PublishDirectly(string by, DateTimeOffset now)
    {
        SubmitForReview(by, now);
        Publish(by, now);
    }

    private static string Named(ItemStatus status) => status switch
    {
        ItemStatus.InReview => "in review",
        _ => status.ToString().ToLowerInvariant(),
    };
}
