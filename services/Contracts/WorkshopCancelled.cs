namespace PlanetTechCare.Contracts;

/// <summary>A scheduled workshop was cancelled.</summary>
public sealed record WorkshopCancelled(Guid WorkshopId, LocalizedText Title, string? Reason, long Version) : IntegrationEvent;
