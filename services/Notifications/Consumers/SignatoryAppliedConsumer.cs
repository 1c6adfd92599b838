using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Services;

namespace PlanetTechCare.Notifications.Consumers;

/// <summary>The application's contact is told it was received.</summary>
public sealed class SignatoryAppliedConsumer(NotificationsDbContext db, Notices notices, TimeProvider clock)
    : IdempotentConsumer<SignatoryApplied, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(SignatoryApplied integrationEvent, CancellationToken cancellationToken) =>
        notices.AddAsync(new PendingNotice(
            integrationEvent.EventId, MailTemplates.ApplicationReceived, integrationEvent.SignatoryId, null, new NoticeFacts(integrationEvent.Profile.Name), integrationEvent.OccurredAt), cancellationToken);
}
