namespace PlanetTechCare.Notifications.Apis;

/// <summary>What the notifications API is for: the first paragraph of its OpenAPI document's introduction.</summary>
public static class NotificationsApiPurpose
{
    public const string Purpose =
        "The e-mails the platform sends to applicants and attendees (application received, approved or rejected; registration confirmed with its calendar invitation, waitlisted, promoted), for staff: each message's recipient, language, template, the event it answers, its status (pending, sent, failed), its attempts and the SMTP server's last answer.";
}
