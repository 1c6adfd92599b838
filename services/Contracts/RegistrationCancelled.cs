namespace PlanetTechCare.Contracts;

/// <summary>A registration was cancelled; <see cref="HeldSeat"/> says whether it freed a seat.</summary>
public sealed record RegistrationCancelled(Guid RegistrationId, Guid WorkshopId, bool HeldSeat, IReadOnlyList<Guid> HostPartnerIds)
    : IntegrationEvent, IRegistrationEvent;
