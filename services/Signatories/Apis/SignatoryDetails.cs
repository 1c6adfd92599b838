namespace PlanetTechCare.Signatories.Apis;

/// <summary>Everything staff see of an application or signatory, the private contact included.</summary>
public sealed record SignatoryDetails(
    Guid Id,
    string Name,
    string? Siren,
    string? ForeignRegistrationId,
    string Category,
    string Region,
    string SizeBand,
    string? Website,
    string? PublicDescription,
    ContactRequest Contact,
    PersonRequest Signer,
    int ManifestoVersion,
    string? CurriculumCommitment,
    string Status,
    string? Reason,
    DateTimeOffset AppliedAt,
    DateTimeOffset? ApprovedAt,
    long Version);
