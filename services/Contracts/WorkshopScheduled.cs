namespace PlanetTechCare.Contracts;

/// <summary>A workshop was scheduled. <see cref="Version"/> grows with every change of the workshop.</summary>
public sealed record WorkshopScheduled(Guid WorkshopId, WorkshopDetails Details, long Version) : IntegrationEvent;
