using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Inbox;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Services;

namespace PlanetTechCare.Notifications.Consumers;

/// <summary>Keeps the application's contact, and writes the e-mails that were waiting for it.</summary>
public sealed class SignatoryContactRecordedConsumer(NotificationsDbContext db, Notices notices, TimeProvider clock)
    : IdempotentConsumer<SignatoryContactRecorded, NotificationsDbContext>(db, clock)
{
    protected override async Task HandleAsync(SignatoryContactRecorded integrationEvent, CancellationToken cancellationToken)
    {
        var (id, name, email, language) = (integrationEvent.SignatoryId, integrationEvent.ContactName, integrationEvent.ContactEmail, integrationEvent.Language);
        await notices.SerializeAsync(id, cancellationToken);
        if (await Db.SignatoryContacts.FindAsync([id], cancellationToken) is { } known)
        {
            known.Update(name, email, language, integrationEvent.OccurredAt);
        }
        else
        {
            Db.SignatoryContacts.Add(new SignatoryContact(id, name, email, language, integrationEvent.OccurredAt));
        }

        await Db.SaveChangesAsync(cancellationToken);
        await notices.ResolveSubjectAsync(id, cancellationToken);
    }
}
