namespace PlanetTechCare.Workshops.Domain;

/// <summary>
/// One person's registration to a workshop. <see cref="Sequence"/> is the arrival order within
/// the workshop; only the SHA-256 hash of the self-service cancellation token is kept.
/// </summary>
public sealed class Registration
{
    private Registration()
    {
    }

    public Guid Id { get; private set; }

    public Guid WorkshopId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    /// <summary>The e-mail address in lower case: one live registration per (workshop, this).</summary>
    public string NormalizedEmail { get; private set; } = string.Empty;

    public string? Organisation { get; private set; }

    public Guid? SignatoryId { get; private set; }

    public bool Consent { get; private set; }

    /// <summary>The language the attendee is written to in: <c>fr</c> or <c>en</c>.</summary>
    public string Language { get; private set; } = "fr";

    public RegistrationStatus Status { get; private set; }

    public long Sequence { get; private set; }

    public string TokenHash { get; private set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? PromotedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public bool? Attended { get; private set; }

    public bool HoldsSeat => Status == RegistrationStatus.Confirmed;

    public static Registration Create(Guid id, Guid workshopId, Attendee attendee, long sequence, bool seated, string tokenHash, DateTimeOffset now) =>
        new()
        {
            Id = id,
            WorkshopId = workshopId,
            Name = attendee.Name,
            Email = attendee.Email,
            NormalizedEmail = NormalizeEmail(attendee.Email),
            Organisation = attendee.Organisation,
            SignatoryId = attendee.SignatoryId,
            Consent = attendee.Consent,
            Language = attendee.Language,
            Status = seated ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted,
            Sequence = sequence,
            TokenHash = tokenHash,
            RegisteredAt = now,
        };

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public void Promote(DateTimeOffset now)
    {
        Status = RegistrationStatus.Confirmed;
        PromotedAt = now;
    }

    public void Cancel(DateTimeOffset now)
    {
        Status = RegistrationStatus.Cancelled;
        CancelledAt = now;
    }

    public void RecordAttendance(bool attended) => Attended = attended;
}
