namespace PlanetTechCare.Signatories.Apis;

public sealed record SignatorySummary(Guid Id, string LegalName, DateTimeOffset CreatedAt);
