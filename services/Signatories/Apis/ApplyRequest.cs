namespace PlanetTechCare.Signatories.Apis;

/// <summary>
/// An application to sign the manifesto. Either <see cref="Siren"/> (French organisations) or
/// <see cref="ForeignRegistrationId"/> is required; <see cref="CurriculumCommitment"/> is required
/// of schools and training bodies; <see cref="Consent"/> must be true.
/// </summary>
public sealed record ApplyRequest(
    string? LegalName,
    string? Siren,
    string? ForeignRegistrationId,
    string? Website,
    string? Category,
    string? SizeBand,
    string? Region,
    string? PublicDescription,
    ContactRequest? Contact,
    PersonRequest? Signer,
    bool? Consent,
    int? ManifestoVersion,
    string? CurriculumCommitment);
