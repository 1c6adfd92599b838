namespace PlanetTechCare.Contracts;

/// <summary>A registration holds a seat (directly, not from the waitlist). No e-mail address travels.</summary>
public sealed record RegistrationConfirmed(
    Guid RegistrationId, Guid WorkshopId, string AttendeeName, string? Organisation, Guid? SignatoryId, IReadOnlyList<Guid> HostPartnerIds)
    : IntegrationEvent, IRegistrationEvent;
