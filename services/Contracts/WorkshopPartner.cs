namespace PlanetTechCare.Contracts;

/// <summary>A partner organisation hosting a workshop.</summary>
public sealed record WorkshopPartner(Guid PartnerId, string Name);
