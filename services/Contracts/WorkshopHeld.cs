namespace PlanetTechCare.Contracts;

/// <summary>A workshop took place; staff recorded who attended.</summary>
public sealed record WorkshopHeld(Guid WorkshopId, LocalizedText Title, int ConfirmedCount, int AttendedCount, long Version)
    : IntegrationEvent;
