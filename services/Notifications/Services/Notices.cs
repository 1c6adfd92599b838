using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;

namespace PlanetTechCare.Notifications.Services;

/// <summary>
/// Turns the notices an event calls for into messages as soon as everything they need is known:
/// the contact of the signatory or registration, and for a registration the workshop's details.
/// Called by every consumer, inside its transaction (the inbox row, the notice or contact, and the
/// messages commit together), so whichever event arrives last writes the message, once. The events
/// of one signatory, or of one workshop's registrations, are handled one at a time
/// (<see cref="SerializeAsync"/>): two handled at once would each miss what the other had not
/// committed yet, and the notice would wait for ever.
/// </summary>
public sealed class Notices(NotificationsDbContext db, MailComposer composer, TimeProvider clock)
{
    /// <summary>
    /// Waits until no other transaction handles an event of <paramref name="key"/> (a signatory's id,
    /// or a workshop's for its registrations), and keeps the others waiting until this one commits:
    /// a transaction-scoped PostgreSQL advisory lock, so every replica honours it.
    /// </summary>
    public async Task SerializeAsync(Guid key, CancellationToken cancellationToken)
    {
        var lockKey = BitConverter.ToInt64(key.ToByteArray(), 0);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({lockKey})", cancellationToken);
    }

    /// <summary>Records what <paramref name="notice"/> calls for, and writes its message if it can already be written.</summary>
    public async Task AddAsync(PendingNotice notice, CancellationToken cancellationToken)
    {
        await SerializeAsync(notice.WorkshopId ?? notice.SubjectId, cancellationToken);
        db.PendingNotices.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        await ResolveAsync(n => n.SubjectId == notice.SubjectId, cancellationToken);
    }

    /// <summary>Writes the messages of the notices waiting for <paramref name="subjectId"/>'s contact.</summary>
    public Task ResolveSubjectAsync(Guid subjectId, CancellationToken cancellationToken) =>
        ResolveAsync(n => n.SubjectId == subjectId, cancellationToken);

    /// <summary>Writes the messages of the notices waiting for the workshop's details.</summary>
    public Task ResolveWorkshopAsync(Guid workshopId, CancellationToken cancellationToken) =>
        ResolveAsync(n => n.WorkshopId == workshopId, cancellationToken);

    private async Task ResolveAsync(System.Linq.Expressions.Expression<Func<PendingNotice, bool>> which, CancellationToken cancellationToken)
    {
        foreach (var notice in await db.PendingNotices.Where(which).ToListAsync(cancellationToken))
        {
            if (await ComposeAsync(notice, cancellationToken) is { } message)
            {
                db.PendingNotices.Remove(notice);
                if (!await db.Messages.AnyAsync(m => m.EventId == message.EventId && m.Recipient == message.Recipient && m.Template == message.Template, cancellationToken))
                {
                    db.Messages.Add(message);
                }
            }
        }
    }

    private async Task<Message?> ComposeAsync(PendingNotice notice, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!MailTemplates.IsAboutAWorkshop(notice.Template))
        {
            return await db.SignatoryContacts.FindAsync([notice.SubjectId], cancellationToken) is { } contact
                ? Written(notice, contact.Recipient, composer.ForApplication(notice, contact), now)
                : null;
        }

        if (await db.AttendeeContacts.FindAsync([notice.SubjectId], cancellationToken) is not { } attendee
            || await db.Workshops.FindAsync([attendee.WorkshopId], cancellationToken) is not { } workshop)
        {
            return null;
        }

        return Written(notice, attendee.Recipient, composer.ForRegistration(notice, attendee, workshop), now);
    }

    private static Message Written(PendingNotice notice, MailRecipient recipient, ComposedMail mail, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), notice.EventId, recipient with { Email = recipient.Email.Trim().ToLowerInvariant() }, notice.Template, mail, now);
}
