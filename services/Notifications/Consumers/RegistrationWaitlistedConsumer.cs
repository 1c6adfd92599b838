using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Services;

namespace PlanetTechCare.Notifications.Consumers;

/// <summary>The attendee is told they are on the waitlist, at which position.</summary>
public sealed class RegistrationWaitlistedConsumer(NotificationsDbContext db, Notices notices, TimeProvider clock)
    : IdempotentConsumer<RegistrationWaitlisted, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(RegistrationWaitlisted integrationEvent, CancellationToken cancellationToken) =>
        notices.AddAsync(new PendingNotice(
            integrationEvent.EventId, MailTemplates.RegistrationWaitlisted, integrationEvent.RegistrationId, integrationEvent.WorkshopId, new NoticeFacts(Position: integrationEvent.Position), integrationEvent.OccurredAt), cancellationToken);
}
