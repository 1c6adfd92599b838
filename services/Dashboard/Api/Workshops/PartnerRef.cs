namespace PlanetTechCare.Dashboard.Api.Workshops;

/// <summary>A partner hosting a workshop.</summary>
public sealed record PartnerRef(Guid PartnerId, string Name);
