namespace PlanetTechCare.Signatories.Domain;

/// <summary>What the public may see of an organisation.</summary>
public sealed record OrganisationProfile(
    string LegalName,
    string? Website,
    string Category,
    string SizeBand,
    string Region,
    string? PublicDescription);
