namespace PlanetTechCare.Dashboard.Api.Signatories;

/// <summary>An application or signatory as staff see it, with its private contact and its signer.</summary>
public sealed record SignatoryRecord(
    Guid Id, string Name, string? Siren, string? ForeignRegistrationId, string Category, string Region, string SizeBand,
    string? Website, string Status, string? Reason, DateTimeOffset AppliedAt, DateTimeOffset? ApprovedAt,
    string? PublicDescription = null, PersonContact? Contact = null, PersonContact? Signer = null, int? ManifestoVersion = null,
    string? CurriculumCommitment = null);
