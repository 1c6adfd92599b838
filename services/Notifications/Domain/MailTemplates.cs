namespace PlanetTechCare.Notifications.Domain;

/// <summary>The names of the e-mails the service writes, as a message records them.</summary>
public static class MailTemplates
{
    public const string ApplicationReceived = "application-received";
    public const string ApplicationApproved = "application-approved";
    public const string ApplicationRejected = "application-rejected";
    public const string RegistrationConfirmed = "registration-confirmed";
    public const string RegistrationWaitlisted = "registration-waitlisted";
    public const string RegistrationPromoted = "registration-promoted";

    public static readonly IReadOnlyList<string> All =
    [
        ApplicationReceived, ApplicationApproved, ApplicationRejected, RegistrationConfirmed, RegistrationWaitlisted, RegistrationPromoted,
    ];

    /// <summary>The e-mails about a registration, which need the workshop's details besides the attendee's contact.</summary>
    public static bool IsAboutAWorkshop(string template) =>
        template is RegistrationConfirmed or RegistrationWaitlisted or RegistrationPromoted;

    /// <summary>The e-mails that carry the workshop as a calendar invitation.</summary>
    public static bool CarriesInvitation(string template) => template is RegistrationConfirmed or RegistrationPromoted;
}
