using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Services;

namespace PlanetTechCare.Notifications.Consumers;

/// <summary>The attendee is told their seat is confirmed, with the invitation and their cancellation link.</summary>
public sealed class RegistrationConfirmedConsumer(NotificationsDbContext db, Notices notices, TimeProvider clock)
    : IdempotentConsumer<RegistrationConfirmed, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(RegistrationConfirmed integrationEvent, CancellationToken cancellationToken) =>
        notices.AddAsync(new PendingNotice(
            integrationEvent.EventId, MailTemplates.RegistrationConfirmed, integrationEvent.RegistrationId, integrationEvent.WorkshopId, new NoticeFacts(), integrationEvent.OccurredAt), cancellationToken);
}
