namespace PlanetTechCare.Notifications.Domain;

/// <summary>
/// One e-mail to one recipient for one event, written as the event is handled (one per event,
/// recipient and template) with its content composed then, and sent at least once by the
/// sender. <see cref="NextAttemptAt"/> is when it is due; a sender sending it moves it to the end
/// of its lease. Once <see cref="MessageStatus.Sent"/> it is never sent again.
/// </summary>
public sealed class Message
{
    public Message(Guid id, Guid eventId, MailRecipient recipient, string template, ComposedMail mail, DateTimeOffset now)
    {
        Id = id;
        EventId = eventId;
        Recipient = recipient.Email;
        RecipientName = recipient.Name;
        Language = recipient.Language;
        Template = template;
        Subject = mail.Subject;
        HtmlBody = mail.Html;
        TextBody = mail.Text;
        Invitation = mail.Invitation;
        Status = MessageStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    private Message()
    {
        Recipient = RecipientName = Language = Template = Subject = HtmlBody = TextBody = null!;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The recipient's address in lower case.</summary>
    public string Recipient { get; private set; }

    public string RecipientName { get; private set; }

    public string Language { get; private set; }

    public string Template { get; private set; }

    public string Subject { get; private set; }

    public string HtmlBody { get; private set; }

    public string TextBody { get; private set; }

    /// <summary>The iCalendar invitation attached (METHOD:REQUEST), for the e-mails that carry one.</summary>
    public string? Invitation { get; private set; }

    public MessageStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>What the SMTP server last answered (its code and text), or that none answered.</summary>
    public string? LastSmtpAnswer { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Records an attempt and its answer: sent, due again at <paramref name="retryAt"/>, or given up when that is null.</summary>
    public void Attempted(SmtpAnswer answer, DateTimeOffset now, DateTimeOffset? retryAt)
    {
        Attempts++;
        LastAttemptAt = now;
        LastSmtpAnswer = answer.Text;
        if (answer.Accepted)
        {
            Status = MessageStatus.Sent;
            SentAt = now;
            NextAttemptAt = null;
        }
        else if (retryAt is { } next)
        {
            NextAttemptAt = next;
        }
        else
        {
            Status = MessageStatus.Failed;
            NextAttemptAt = null;
        }
    }
}
