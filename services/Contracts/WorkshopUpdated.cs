namespace PlanetTechCare.Contracts;

/// <summary>A workshop was updated. <see cref="Version"/> grows with every change of the workshop.</summary>
public sealed record WorkshopUpdated(Guid WorkshopId, WorkshopDetails Details, long Version) : IntegrationEvent;
