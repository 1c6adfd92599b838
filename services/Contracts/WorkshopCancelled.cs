namespace PlanetTechCare.Contracts;

/// <summary>
/// A workshop was cancelled, for the <see cref="Reason"/> staff gave; each of its registrations still
/// live was cancelled with it (a <see cref="RegistrationCancelled"/> each, in the same transaction).
/// </summary>
public sealed record WorkshopCancelled(Guid WorkshopId, LocalizedText Title, string? Reason, long Version) : IntegrationEvent;
