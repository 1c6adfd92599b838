using PlanetTechCare.Contracts;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>
/// The integration event for a signatory's latest move; never carries the private contact, which
/// only <see cref="ContactRecorded"/> gives (to the notifications service alone).
/// </summary>
public static class SignatoryEvents
{
    public static SignatoryProfile ProfileOf(Signatory s) =>
        new(s.LegalName, s.Category, s.Region, s.Website, s.PublicDescription, s.SizeBand);

    public static IntegrationEvent Applied(Signatory s) =>
        new SignatoryApplied(s.Id, ProfileOf(s), s.Version) { OccurredAt = s.UpdatedAt };

    public static IntegrationEvent ContactRecorded(Signatory s) =>
        new SignatoryContactRecorded(s.Id, s.Contact.Name, s.Contact.Email, s.Language) { OccurredAt = s.UpdatedAt };

    public static IntegrationEvent ProfileUpdated(Signatory s) =>
        new SignatoryProfileUpdated(s.Id, ProfileOf(s), s.Version) { OccurredAt = s.UpdatedAt };

    /// <summary>The event of the transition that just brought the signatory to its status.</summary>
    public static IntegrationEvent ForTransition(Signatory s, SignatoryStatus from) => (from, s.Status) switch
    {
        (_, SignatoryStatus.Applied) => Applied(s),
        (SignatoryStatus.Suspended, SignatoryStatus.Approved) =>
            new SignatoryReinstated(s.Id, ProfileOf(s), s.Version) { OccurredAt = s.UpdatedAt },
        (_, SignatoryStatus.Approved) => new SignatoryApproved(s.Id, ProfileOf(s), s.Version) { OccurredAt = s.UpdatedAt },
        (_, SignatoryStatus.Rejected) => new SignatoryRejected(s.Id, s.LegalName, s.LastReason, s.Version) { OccurredAt = s.UpdatedAt },
        (_, SignatoryStatus.Suspended) => new SignatorySuspended(s.Id, s.LegalName, s.LastReason, s.Version) { OccurredAt = s.UpdatedAt },
        (_, SignatoryStatus.Withdrawn) => new SignatoryWithdrawn(s.Id, s.LegalName, s.LastReason, s.Version) { OccurredAt = s.UpdatedAt },
        _ => throw new InvalidOperationException($"No event for {from} → {s.Status}."),
    };
}
