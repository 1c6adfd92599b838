using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Services;

namespace PlanetTechCare.Notifications.Consumers;

/// <summary>The application's contact is told it was approved, and what comes next.</summary>
public sealed class SignatoryApprovedConsumer(NotificationsDbContext db, Notices notices, TimeProvider clock)
    : IdempotentConsumer<SignatoryApproved, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(SignatoryApproved integrationEvent, CancellationToken cancellationToken) =>
        notices.AddAsync(new PendingNotice(
            integrationEvent.EventId, MailTemplates.ApplicationApproved, integrationEvent.SignatoryId, null, new NoticeFacts(integrationEvent.Profile.Name), integrationEvent.OccurredAt), cancellationToken);
}
