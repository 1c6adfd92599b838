using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;

namespace PlanetTechCare.Webhooks.Consumers;

/// <summary>
/// Forwards a registration event to the apps of the partners hosting its workshop (and to staff):
/// attendees' names are not for every app. A workshop not known yet has no partner to tell.
/// </summary>
public abstract class RegistrationEventConsumer<TEvent>(WebhooksDbContext db, TimeProvider clock, string eventType, Func<TEvent, Guid> workshopOf)
    : ForwardedEventConsumer<TEvent>(db, clock, eventType)
    where TEvent : IntegrationEvent
{
    protected override async Task<List<Guid>?> PartnersConcernedAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var workshopId = workshopOf(integrationEvent);
        var hosts = await Db.WorkshopHosts.AsNoTracking().FirstOrDefaultAsync(h => h.WorkshopId == workshopId, cancellationToken);
        return hosts?.PartnerIds ?? [];
    }
}
