namespace PlanetTechCare.Dashboard.Api.Signatories;

/// <summary>An approved signatory of the public list.</summary>
public sealed record PublicSignatoryRow(Guid Id, string Name, string Category, string Region, string SizeBand, DateTimeOffset? SignedAt);
