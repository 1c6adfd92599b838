using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>Domain to response records.</summary>
public static class SignatoryMapping
{
    public static ApplicationReceipt ToReceipt(this Signatory s) =>
        new(s.Id, s.LegalName, s.Status.ToString(), s.Signature.ManifestoVersion, s.AppliedAt);

    public static SignatoryDetails ToDetails(this Signatory s) =>
        new(s.Id, s.LegalName, s.Siren, s.ForeignRegistrationId, s.Category, s.Region, s.SizeBand, s.Website,
            s.PublicDescription, new ContactRequest(s.Contact.Name, s.Contact.Role, s.Contact.Email),
            new PersonRequest(s.Signature.SignerName, s.Signature.SignerRole), s.Signature.ManifestoVersion,
            s.CurriculumCommitment, s.Status.ToString(), s.LastReason, s.AppliedAt, s.ApprovedAt, s.Version);

    public static HistoryEntry ToEntry(this SignatoryTransition t) =>
        new(t.From?.ToString(), t.To.ToString(), t.By, t.At, t.Reason);
}
