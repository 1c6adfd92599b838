namespace PlanetTechCare.Dashboard.Api.Signatories;

/// <summary>An application or signatory as staff see it.</summary>
public sealed record SignatoryRecord(
    Guid Id, string Name, string? Siren, string? ForeignRegistrationId, string Category, string Region, string SizeBand,
    string? Website, string Status, string? Reason, DateTimeOffset AppliedAt, DateTimeOffset? ApprovedAt);
