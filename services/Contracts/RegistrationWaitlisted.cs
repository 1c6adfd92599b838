namespace PlanetTechCare.Contracts;

/// <summary>The workshop was full: the registration waits at <see cref="Position"/> (1 = next).</summary>
public sealed record RegistrationWaitlisted(
    Guid RegistrationId, Guid WorkshopId, string AttendeeName, string? Organisation, int Position, IReadOnlyList<Guid> HostPartnerIds)
    : IntegrationEvent, IRegistrationEvent;
