namespace PlanetTechCare.Signatories.Apis;

/// <summary>A staff update of a signatory's public profile; every field is required.</summary>
public sealed record ProfileRequest(
    string? LegalName,
    string? Website,
    string? Category,
    string? SizeBand,
    string? Region,
    string? PublicDescription);
