namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>A partner organisation.</summary>
public sealed record PartnerRow(Guid Id, string Name, string? Website);
