namespace PlanetTechCare.Signatories.Domain;

/// <summary>One entry of a signatory's append-only history: who moved it from one status to another, when and why.</summary>
public sealed class SignatoryTransition
{
    public SignatoryTransition(Guid signatoryId, SignatoryStatus? from, SignatoryStatus to, string by, DateTimeOffset at, string? reason)
    {
        SignatoryId = signatoryId;
        From = from;
        To = to;
        By = by;
        At = at;
        Reason = reason;
    }

    public long Id { get; private set; }

    public Guid SignatoryId { get; private set; }

    /// <summary>Null for the application itself.</summary>
    public SignatoryStatus? From { get; private set; }

    public SignatoryStatus To { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Reason { get; private set; }
}
