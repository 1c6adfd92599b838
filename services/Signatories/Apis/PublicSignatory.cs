namespace PlanetTechCare.Signatories.Apis;

/// <summary>A signatory as the public sees it: never the private contact nor the signer.</summary>
public sealed record PublicSignatory(
    Guid Id,
    string Name,
    string Category,
    string Region,
    string SizeBand,
    string? Website,
    string? PublicDescription,
    DateTimeOffset SignedAt);
