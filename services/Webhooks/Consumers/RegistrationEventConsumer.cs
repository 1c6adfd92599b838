using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

/// <summary>
/// Forwards a registration event to the apps of the partners hosting its workshop (and to staff):
/// attendees' names are not for every app. The event names those partners, so it never waits
/// for its workshop's own events, which travel on other queues.
/// </summary>
public abstract class RegistrationEventConsumer<TEvent>(ForwardingQueue queue, string eventType)
    : ForwardedEventConsumer<TEvent>(queue, eventType)
    where TEvent : IntegrationEvent, IRegistrationEvent
{
    protected override List<Guid>? PartnersConcerned(TEvent integrationEvent) => [.. integrationEvent.HostPartnerIds.Distinct()];
}
