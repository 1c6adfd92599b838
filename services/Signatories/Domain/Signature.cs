namespace PlanetTechCare.Signatories.Domain;

/// <summary>Who signed which manifesto version, with their explicit consent, and when.</summary>
public sealed record Signature(int ManifestoVersion, string SignerName, string SignerRole, bool Consent, DateTimeOffset SignedAt);
