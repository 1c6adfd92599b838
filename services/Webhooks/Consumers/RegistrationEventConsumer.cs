using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;

namespace PlanetTechCare.Webhooks.Consumers;

/// <summary>
/// Forwards a registration event to the apps of the partners hosting its workshop (and to staff):
/// attendees' names are not for every app. The event names those partners, so it never waits
/// for its workshop's own events, which travel on other queues.
/// </summary>
public abstract class RegistrationEventConsumer<TEvent>(WebhooksDbContext db, TimeProvider clock, string eventType)
    : ForwardedEventConsumer<TEvent>(db, clock, eventType)
    where TEvent : IntegrationEvent, IRegistrationEvent
{
    protected override Task<List<Guid>?> PartnersConcernedAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        Task.FromResult<List<Guid>?>([.. integrationEvent.HostPartnerIds.Distinct()]);
}
