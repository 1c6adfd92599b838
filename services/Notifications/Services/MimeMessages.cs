using MimeKit;
using PlanetTechCare.Calendars;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Templates;

namespace PlanetTechCare.Notifications.Services;

/// <summary>
/// A message as MIME: its plain-text and HTML bodies as <c>multipart/alternative</c>, and its
/// invitation, when it has one, as a <c>text/calendar; method=REQUEST</c> attachment beside them.
/// The Message-Id is the message's own, the same on every attempt, so a receiver can tell a repeat.
/// </summary>
public static class MimeMessages
{
    public static MimeMessage From(Message message, string fromAddress)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"{message.Id:N}@notifications.planet-techcare" };
        mime.From.Add(new MailboxAddress(MailLayout.ProgrammeName, fromAddress));
        mime.To.Add(new MailboxAddress(message.RecipientName, message.Recipient));
        mime.Headers.Add(HeaderId.ContentLanguage, message.Language);
        mime.Headers.Add("Auto-Submitted", "auto-generated");

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        if (message.Invitation is { } invitation)
        {
            var type = ContentType.Parse($"{WorkshopCalendarEvents.ContentType}; method={WorkshopInvitation.Method}; charset=utf-8");
            body.Attachments.Add(WorkshopInvitation.FileName, System.Text.Encoding.UTF8.GetBytes(invitation), type);
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
