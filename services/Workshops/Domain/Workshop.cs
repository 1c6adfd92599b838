using PlanetTechCare.ServiceDefaults.Domain;

namespace PlanetTechCare.Workshops.Domain;

/// <summary>
/// An online workshop hosted by partner organisations. Seats are counted here
/// (<see cref="ConfirmedCount"/>) and arrival order is handed out here (<see cref="LastSequence"/>),
/// so that whoever holds this row's lock decides, alone, who gets a seat.
/// </summary>
public sealed class Workshop
{
    private Workshop()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The Idempotency-Key of the staff request that created it, if any.</summary>
    public string? CreationKey { get; private set; }

    public string? TitleFr { get; private set; }

    public string? TitleEn { get; private set; }

    public string? SummaryFr { get; private set; }

    public string? SummaryEn { get; private set; }

    public string Format { get; private set; } = WorkshopFormats.Webinar;

    public List<string> Themes { get; private set; } = [];

    public List<Guid> PartnerIds { get; private set; } = [];

    public List<Speaker> Speakers { get; private set; } = [];

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string? MeetingUrl { get; private set; }

    public int Capacity { get; private set; }

    public DateTimeOffset? RegistrationOpensAt { get; private set; }

    public DateTimeOffset? RegistrationClosesAt { get; private set; }

    public WorkshopStatus Status { get; private set; }

    public string? CancellationReason { get; private set; }

    public int ConfirmedCount { get; private set; }

    public long LastSequence { get; private set; }

    /// <summary>How many registrations wait for a seat.</summary>
    public int WaitlistCount { get; private set; }

    public int? AttendedCount { get; private set; }

    public DateTimeOffset? HeldAt { get; private set; }

    public string? ReplayUrl { get; private set; }

    public List<string> ReplayLanguages { get; private set; } = [];

    public long Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Workshop Create(Guid id, WorkshopContent content, DateTimeOffset now, string? creationKey)
    {
        var workshop = new Workshop { Id = id, CreationKey = creationKey, CreatedAt = now, Status = WorkshopStatus.Draft };
        workshop.Apply(content);
        return workshop;
    }

    public int FreeSeats => Math.Max(0, Capacity - ConfirmedCount);

    public bool IsOpenForRegistration(DateTimeOffset now) =>
        Status == WorkshopStatus.Scheduled
        && (RegistrationOpensAt is null || now >= RegistrationOpensAt)
        && now < (RegistrationClosesAt ?? EndsAt);

    /// <summary>Replaces the content; a capacity below the seats already taken is refused by the caller.</summary>
    public void Edit(WorkshopContent content) => Apply(content);

    /// <summary>Draft → scheduled. False when it was already scheduled (a retry).</summary>
    public bool Schedule()
    {
        if (Status == WorkshopStatus.Scheduled)
        {
            return false;
        }

        if (Status != WorkshopStatus.Draft)
        {
            throw new InvalidTransitionException($"A {Named(Status)} workshop cannot be scheduled.");
        }

        Status = WorkshopStatus.Scheduled;
        Version++;
        return true;
    }

    /// <summary>Draft or scheduled → cancelled. False when it was already cancelled (a retry).</summary>
    public bool Cancel(string? reason)
    {
        if (Status == WorkshopStatus.Cancelled)
        {
            return false;
        }

        if (Status == WorkshopStatus.Held)
        {
            throw new InvalidTransitionException("A held workshop cannot be cancelled.");
        }

        Status = WorkshopStatus.Cancelled;
        CancellationReason = reason;
        Version++;
        return true;
    }

    /// <summary>Scheduled → held, with the number of attendees; false when already held (the count is corrected).</summary>
    public bool RecordHeld(int attended, DateTimeOffset now)
    {
        if (Status is not (WorkshopStatus.Scheduled or WorkshopStatus.Held))
        {
            throw new InvalidTransitionException($"Attendance is recorded for a scheduled or held workshop only; this one is {Named(Status)}.");
        }

        AttendedCount = attended;
        if (Status == WorkshopStatus.Held)
        {
            return false;
        }

        Status = WorkshopStatus.Held;
        HeldAt = now;
        Version++;
        return true;
    }

    /// <summary>Sets the replay link of a held workshop; false when it was already this one (a retry).</summary>
    public bool AttachReplay(string url, IReadOnlyList<string> languages)
    {
        if (Status != WorkshopStatus.Held)
        {
            throw new InvalidTransitionException($"A replay can only be attached once the workshop is held; this one is {Named(Status)}.");
        }

        if (ReplayUrl == url && ReplayLanguages.SequenceEqual(languages))
        {
            return false;
        }

        ReplayUrl = url;
        ReplayLanguages = [.. languages];
        Version++;
        return true;
    }

    /// <summary>Hands out the next place in arrival order.</summary>
    public long NextSequence() => ++LastSequence;

    /// <summary>Takes a seat if one is free, else a place at the end of the waitlist.</summary>
    public bool TryTakeSeat()
    {
        if (ConfirmedCount >= Capacity)
        {
            WaitlistCount++;
            return false;
        }

        ConfirmedCount++;
        return true;
    }

    /// <summary>Moves one waiting registration into a free seat.</summary>
    public void SeatFromWaitlist()
    {
        WaitlistCount = Math.Max(0, WaitlistCount - 1);
        ConfirmedCount++;
    }

    public void ReleaseSeat() => ConfirmedCount = Math.Max(0, ConfirmedCount - 1);

    public void LeaveWaitlist() => WaitlistCount = Math.Max(0, WaitlistCount - 1);

    private void Apply(WorkshopContent content)
    {
        (TitleFr, TitleEn, SummaryFr, SummaryEn, Format) =
            (content.TitleFr, content.TitleEn, content.SummaryFr, content.SummaryEn, content.Format);
        Themes = [.. content.Themes];
        PartnerIds = [.. content.PartnerIds];
        Speakers = [.. content.Speakers];
        (StartsAt, EndsAt, MeetingUrl, Capacity) = (content.StartsAt, content.EndsAt, content.MeetingUrl, content.Capacity);
        (RegistrationOpensAt, RegistrationClosesAt) = (content.RegistrationOpensAt, content.RegistrationClosesAt);
        Version++;
    }

    private static string Named(WorkshopStatus status) => status.ToString().ToLowerInvariant();
}
