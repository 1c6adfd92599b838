using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Services;

namespace PlanetTechCare.Notifications.Consumers;

/// <summary>The application's contact is told it was rejected, with the reason.</summary>
public sealed class SignatoryRejectedConsumer(NotificationsDbContext db, Notices notices, TimeProvider clock)
    : IdempotentConsumer<SignatoryRejected, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(SignatoryRejected integrationEvent, CancellationToken cancellationToken) =>
        notices.AddAsync(new PendingNotice(
            integrationEvent.EventId, MailTemplates.ApplicationRejected, integrationEvent.SignatoryId, null, new NoticeFacts(integrationEvent.Name, integrationEvent.Reason), integrationEvent.OccurredAt), cancellationToken);
}
