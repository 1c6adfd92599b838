namespace PlanetTechCare.Contracts;

/// <summary>A seat freed up and the first waitlisted registration now holds it.</summary>
public sealed record RegistrationPromoted(Guid RegistrationId, Guid WorkshopId, string AttendeeName, string? Organisation, IReadOnlyList<Guid> HostPartnerIds)
    : IntegrationEvent, IRegistrationEvent;
