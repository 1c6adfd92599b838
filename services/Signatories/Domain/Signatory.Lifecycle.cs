using PlanetTechCare.ServiceDefaults.Domain;

namespace PlanetTechCare.Signatories.Domain;

/// <summary>The lifecycle moves of a <see cref="Signatory"/>; each appends to its history and raises its version.</summary>
public sealed partial class Signatory
{
    public void Approve(string by, DateTimeOffset at)
    {
        Move(SignatoryStatus.Approved, by, at, null, SignatoryStatus.Applied);
        ApprovedAt ??= at;
    }

    public void Reject(string by, DateTimeOffset at, string reason) =>
        Move(SignatoryStatus.Rejected, by, at, reason, SignatoryStatus.Applied);

    public void Withdraw(string by, DateTimeOffset at, string? reason) =>
        Move(SignatoryStatus.Withdrawn, by, at, reason, SignatoryStatus.Applied, SignatoryStatus.Approved, SignatoryStatus.Suspended);

    public void Suspend(string by, DateTimeOffset at, string reason) =>
        Move(SignatoryStatus.Suspended, by, at, reason, SignatoryStatus.Approved);

    public void Reinstate(string by, DateTimeOffset at, string? reason) =>
        Move(SignatoryStatus.Approved, by, at, reason, SignatoryStatus.Suspended);

    /// <summary>Changes the public profile; the status stays, the version grows. False when nothing changed.</summary>
    public bool UpdateProfile(OrganisationProfile profile, DateTimeOffset at)
    {
        if (!IsLive)
        {
            throw new InvalidTransitionException($"A {Status} signatory's profile cannot change.");
        }

        if (profile == Profile)
        {
            return false;
        }

        SetProfile(profile);
        Version++;
        UpdatedAt = at;
        return true;
    }

    private void Move(SignatoryStatus to, string by, DateTimeOffset at, string? reason, params SignatoryStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw new InvalidTransitionException($"A signatory cannot go from {Status} to {to}.");
        }

        Record(Status, to, by, at, reason);
    }

    private void Record(SignatoryStatus? from, SignatoryStatus to, string by, DateTimeOffset at, string? reason)
    {
        _history.Add(new SignatoryTransition(Id, from, to, by, at, reason));
        Status = to;
        LastReason = reason;
        UpdatedAt = at;
        Version++;
    }
}
