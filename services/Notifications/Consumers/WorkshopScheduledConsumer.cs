using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Services;

namespace PlanetTechCare.Notifications.Consumers;

/// <summary>Keeps the workshop's titles and times for the e-mails about its registrations.</summary>
public sealed class WorkshopScheduledConsumer(NotificationsDbContext db, Notices notices, TimeProvider clock)
    : IdempotentConsumer<WorkshopScheduled, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(WorkshopScheduled integrationEvent, CancellationToken cancellationToken) =>
        WorkshopSchedules.ApplyAsync(Db, notices, integrationEvent.WorkshopId, integrationEvent.Details, integrationEvent.Version, cancellationToken);
}
