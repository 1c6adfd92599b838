using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Services;

namespace PlanetTechCare.Notifications.Consumers;

/// <summary>The attendee promoted from the waitlist is told their seat is confirmed, with the invitation.</summary>
public sealed class RegistrationPromotedConsumer(NotificationsDbContext db, Notices notices, TimeProvider clock)
    : IdempotentConsumer<RegistrationPromoted, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(RegistrationPromoted integrationEvent, CancellationToken cancellationToken) =>
        notices.AddAsync(new PendingNotice(
            integrationEvent.EventId, MailTemplates.RegistrationPromoted, integrationEvent.RegistrationId, integrationEvent.WorkshopId, new NoticeFacts(), integrationEvent.OccurredAt), cancellationToken);
}
