namespace PlanetTechCare.Contracts;

/// <summary>
/// What every registration event tells besides its own fields: its workshop and the partners
/// hosting it when the registration changed, whose apps may see the attendee.
/// </summary>
public interface IRegistrationEvent
{
    Guid WorkshopId { get; }

    IReadOnlyList<Guid> HostPartnerIds { get; }
}
