using Microsoft.Extensions.Options;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Extensions;
using PlanetTechCare.Notifications.Templates;

namespace PlanetTechCare.Notifications.Services;

/// <summary>Writes the e-mail a notice calls for, in its recipient's language, with the platform's layout.</summary>
public sealed class MailComposer(IOptions<NotificationsOptions> options, TimeProvider clock)
{
    /// <summary>The path of an attendee's own registration at the gateway: it shows the registration, and DELETE cancels it.</summary>
    public const string RegistrationPath = "/api/v1/workshops/registrations/";

    public ComposedMail ForApplication(PendingNotice notice, SignatoryContact contact)
    {
        var (name, organisation, language) = (contact.Name, notice.Facts.OrganisationName ?? string.Empty, contact.Language);
        var content = notice.Template switch
        {
            MailTemplates.ApplicationReceived => ApplicationReceivedMail.Compose(name, organisation, language),
            MailTemplates.ApplicationApproved => ApplicationApprovedMail.Compose(name, organisation, language),
            MailTemplates.ApplicationRejected => ApplicationRejectedMail.Compose(name, organisation, notice.Facts.Reason, language),
            _ => throw new InvalidOperationException($"'{notice.Template}' is not an e-mail about an application."),
        };
        return Laid(content, language, null);
    }

    public ComposedMail ForRegistration(PendingNotice notice, AttendeeContact attendee, WorkshopSchedule workshop)
    {
        var language = attendee.Language;
        var facts = new WorkshopMailFacts(attendee.Name, workshop.Title(language),
            WorkshopTimes.Describe(workshop.StartsAt, workshop.EndsAt, language), attendee.MeetingUrl, CancelUrl(attendee));
        var content = notice.Template switch
        {
            MailTemplates.RegistrationConfirmed => RegistrationConfirmedMail.Compose(facts, promoted: false, language),
            MailTemplates.RegistrationPromoted => RegistrationConfirmedMail.Compose(facts, promoted: true, language),
            MailTemplates.RegistrationWaitlisted => RegistrationWaitlistedMail.Compose(facts, notice.Facts.Position ?? 0, language),
            _ => throw new InvalidOperationException($"'{notice.Template}' is not an e-mail about a registration."),
        };
        var invitation = MailTemplates.CarriesInvitation(notice.Template)
            ? WorkshopInvitation.Write(workshop, attendee, options.Value.FromAddress, clock.GetUtcNow())
            : null;
        return Laid(content, language, invitation);
    }

    private string CancelUrl(AttendeeContact attendee) =>
        new Uri(options.Value.PublicBaseUrl!, RegistrationPath + Uri.EscapeDataString(attendee.CancellationToken)).ToString();

    private static ComposedMail Laid(MailContent content, string language, string? invitation) =>
        new(content.Subject, MailLayout.Html(content, language), MailLayout.Text(content, language), invitation);
}
