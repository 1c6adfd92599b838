using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Services;

namespace PlanetTechCare.Notifications.Consumers;

/// <summary>Keeps how to reach the attendee of a registration, and writes the e-mails that were waiting for it.</summary>
public sealed class RegistrationContactRecordedConsumer(NotificationsDbContext db, Notices notices, TimeProvider clock)
    : IdempotentConsumer<RegistrationContactRecorded, NotificationsDbContext>(db, clock)
{
    protected override async Task HandleAsync(RegistrationContactRecorded integrationEvent, CancellationToken cancellationToken)
    {
        await notices.SerializeAsync(integrationEvent.WorkshopId, cancellationToken);
        if (await Db.AttendeeContacts.FindAsync([integrationEvent.RegistrationId], cancellationToken) is null)
        {
            Db.AttendeeContacts.Add(new AttendeeContact(integrationEvent.RegistrationId, integrationEvent.WorkshopId, integrationEvent.AttendeeName,
                integrationEvent.Email, integrationEvent.Language, integrationEvent.CancellationToken, integrationEvent.MeetingUrl));
            await Db.SaveChangesAsync(cancellationToken);
        }

        await notices.ResolveSubjectAsync(integrationEvent.RegistrationId, cancellationToken);
    }
}
