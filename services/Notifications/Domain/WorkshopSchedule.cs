namespace PlanetTechCare.Notifications.Domain;

/// <summary>What the e-mails tell of a workshop: its titles and times (UTC), from its latest scheduled or updated event.</summary>
public sealed class WorkshopSchedule(Guid workshopId, string? titleFr, string? titleEn, DateTimeOffset startsAt, DateTimeOffset endsAt, long version)
{
    public Guid WorkshopId { get; private set; } = workshopId;

    public string? TitleFr { get; private set; } = titleFr;

    public string? TitleEn { get; private set; } = titleEn;

    public DateTimeOffset StartsAt { get; private set; } = startsAt;

    public DateTimeOffset EndsAt { get; private set; } = endsAt;

    public long Version { get; private set; } = version;

    /// <summary>The title in <paramref name="language"/>, or in the other language when it has no translation.</summary>
    public string Title(string language) =>
        (language == "en" ? TitleEn ?? TitleFr : TitleFr ?? TitleEn) ?? string.Empty;

    /// <summary>Takes a newer version; an older one (arriving late) changes nothing.</summary>
    public void Update(string? titleFr, string? titleEn, DateTimeOffset startsAt, DateTimeOffset endsAt, long version)
    {
        if (version <= Version)
        {
            return;
        }

        (TitleFr, TitleEn, StartsAt, EndsAt, Version) = (titleFr, titleEn, startsAt, endsAt, version);
    }
}
