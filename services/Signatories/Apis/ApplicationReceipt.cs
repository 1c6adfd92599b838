namespace PlanetTechCare.Signatories.Apis;

/// <summary>What an applicant gets back: the application's id, status, and the manifesto version signed.</summary>
public sealed record ApplicationReceipt(Guid Id, string LegalName, string Status, int ManifestoVersion, DateTimeOffset AppliedAt);
