namespace PlanetTechCare.Directory.Domain;

/// <summary>
/// A provider's entry in the directory, keyed by its signatory's id. The profile and the standing
/// come from the signatory's events (each applied only if newer than the last one applied);
/// the details and the moderation status belong to staff.
/// </summary>
public sealed class Listing
{
    public Listing(Guid id, string name, DateTimeOffset now)
    {
        Id = id;
        Name = name;
        CreatedAt = now;
        UpdatedAt = now;
    }

    private Listing()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string Category { get; private set; } = string.Empty;

    public string? Website { get; private set; }

    public string? ProfileDescription { get; private set; }

    public List<string> ExpertiseAreas { get; private set; } = [];

    public List<string> Services { get; private set; } = [];

    public List<string> Regions { get; private set; } = [];

    public List<string> Languages { get; private set; } = [];

    public string? CompanySize { get; private set; }

    public string? DescriptionFr { get; private set; }

    public string? DescriptionEn { get; private set; }

    public List<ListingReference> References { get; private set; } = [];

    public ModerationStatus Status { get; private set; } = ModerationStatus.Draft;

    public string? UnpublishReason { get; private set; }

    public SignatoryStanding Standing { get; private set; } = SignatoryStanding.Unknown;

    /// <summary>Version of the last signatory event that set <see cref="Standing"/>.</summary>
    public long StandingVersion { get; private set; }

    /// <summary>Version of the last signatory event that set the profile.</summary>
    public long ProfileVersion { get; private set; }

    /// <summary>Expertise labels (French and English) and services, kept for full-text search.</summary>
    public string SearchKeywords { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsProvider => Category == Vocabulary.ProviderCategory;

    public bool IsPublic => Status == ModerationStatus.Published && Standing == SignatoryStanding.InGoodStanding && IsProvider;

    /// <summary>Applies a profile newer than the one held; the first one also seeds region and size.</summary>
    public bool ApplyProfile(ListingProfile profile, long version, DateTimeOffset now)
    {
        if (version <= ProfileVersion)
        {
            return false;
        }

        var first = ProfileVersion == 0;
        Name = profile.Name;
        Category = profile.Category;
        Website = profile.Website;
        ProfileDescription = profile.Description;
        CompanySize = Vocabulary.SizeOf(profile.SizeBand) ?? CompanySize;
        if (first && Regions.Count == 0 && Vocabulary.RegionOf(profile.Region) is { } region)
        {
            Regions = [region];
        }

        if (first && DescriptionFr is null && DescriptionEn is null)
        {
            DescriptionFr = profile.Description;
        }

        ProfileVersion = version;
        Touch(now);
        return true;
    }

    /// <summary>Applies a standing newer than the one held; a fresh approval goes back to moderation.</summary>
    public bool ApplyStanding(SignatoryStanding standing, long version, DateTimeOffset now, bool approval = false)
    {
        if (version <= StandingVersion)
        {
            return false;
        }

        if (approval && Standing != SignatoryStanding.InGoodStanding)
        {
            Status = ModerationStatus.Draft;
            UnpublishReason = null;
        }

        Standing = standing;
        StandingVersion = version;
        Touch(now);
        return true;
    }

    /// <summary>Why the listing cannot be published, or null when it can.</summary>
    public string? PublishBlocker() =>
        !IsProvider ? "Only digital service providers are listed."
        : Standing != SignatoryStanding.InGoodStanding ? $"The signatory is not in good standing ({Standing})."
        : null;

    public void Publish(DateTimeOffset now)
    {
        if (PublishBlocker() is { } blocker)
        {
            throw new InvalidOperationException(blocker);
        }

        Status = ModerationStatus.Published;
        UnpublishReason = null;
        Touch(now);
    }

    public void Unpublish(string reason, DateTimeOffset now)
    {
        Status = ModerationStatus.Unpublished;
        UnpublishReason = reason;
        Touch(now);
    }

    public void Edit(ListingDetails details, DateTimeOffset now)
    {
        ExpertiseAreas = [.. details.ExpertiseAreas.Distinct()];
        Services = [.. details.Services];
        Regions = [.. details.Regions.Distinct()];
        Languages = [.. details.Languages.Distinct()];
        CompanySize = details.CompanySize;
        DescriptionFr = details.DescriptionFr;
        DescriptionEn = details.DescriptionEn;
        References = [.. details.References];
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        SearchKeywords = string.Join(' ', ExpertiseAreas
            .Select(code => Vocabulary.ExpertiseAreas.TryGetValue(code, out var label) ? $"{code} {label.Fr} {label.En}" : code)
            .Concat(Services));
    }
}
