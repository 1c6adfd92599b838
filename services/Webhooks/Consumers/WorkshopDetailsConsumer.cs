using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

/// <summary>Forwards a workshop's scheduling or update, and keeps which partners host it (the newest version wins).</summary>
public abstract class WorkshopDetailsConsumer<TEvent>(WebhooksDbContext db, TimeProvider clock, string eventType, Func<TEvent, (Guid WorkshopId, WorkshopDetails Details, long Version)> workshopOf)
    : ForwardedEventConsumer<TEvent>(db, clock, eventType)
    where TEvent : IntegrationEvent
{
    protected override async Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var (workshopId, details, version) = workshopOf(integrationEvent);
        var partnerIds = details.Partners.Select(p => p.PartnerId).Distinct().ToList();
        if (await Db.WorkshopHosts.FirstOrDefaultAsync(h => h.WorkshopId == workshopId, cancellationToken) is { } hosts)
        {
            hosts.Update(partnerIds, version);
        }
        else
        {
            Db.WorkshopHosts.Add(new WorkshopHosts(workshopId, partnerIds, version));
        }

        await base.HandleAsync(integrationEvent, cancellationToken);
    }
}
