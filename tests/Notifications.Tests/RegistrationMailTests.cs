using MimeKit;
using PlanetTechCare.Notifications.Tests.Support;

namespace PlanetTechCare.Notifications.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class RegistrationMailTests(NotificationsFixture fixture)
{
    private readonly NotificationsDriver _driver = new(fixture);

    [Fact]
    public async Task A_confirmed_registration_sends_one_french_email_with_both_bodies_the_invitation_and_the_cancellation_link()
    {
        var (workshopId, title, _) = await _driver.ScheduledWorkshopAsync();
        var email = NotificationsDriver.UniqueEmail();
        var token = $"token-{Guid.NewGuid():N}";

        await _driver.ConfirmedRegistrationAsync(workshopId, email, "fr", token, "https://meet.example/atelier");

        var mail = Assert.Single(await _driver.MailsToAsync(email));
        Assert.Equal($"Inscription confirmée : {title}", mail.Subject);
        var mixed = Assert.IsType<Multipart>(mail.Body);
        Assert.Equal("mixed", mixed.ContentType.MediaSubtype);
        var alternative = Assert.Single(mixed.OfType<MultipartAlternative>());
        Assert.Equal(["plain", "html"], alternative.OfType<TextPart>().Select(part => part.ContentType.MediaSubtype));
        var cancelLink = $"{NotificationsFixture.PublicBaseUrl}/api/v1/workshops/registrations/{token}";
        var text = NotificationsDriver.Part(mail, "plain").Text;
        var html = NotificationsDriver.Part(mail, "html").Text;
        Assert.Contains($"Votre inscription à « {title} » est confirmée.", text);
        Assert.Contains("jeudi 12 mars 2026, 14:00–15:30 (heure de Paris)", text);
        Assert.Contains(cancelLink, text);
        Assert.Contains($"href=\"{cancelLink}\"", html);
        Assert.Contains("Annuler mon inscription", html);
        Assert.Contains("Planet Tech&#39;Care", html);

        var invitation = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Equal("text/calendar", invitation.ContentType.MimeType);
        Assert.Equal("REQUEST", invitation.ContentType.Parameters["method"]);
        var ics = ((TextPart)invitation).Text;
        Assert.Contains("METHOD:REQUEST", ics);
        Assert.Contains($"UID:{workshopId}@workshops.planet-techcare", ics);
        Assert.Contains("SEQUENCE:0", ics);
        Assert.Contains("DTSTART:20260312T130000Z", ics);
        Assert.Contains("DTEND:20260312T143000Z", ics);
        Assert.Contains($"SUMMARY;LANGUAGE=fr:{title}", ics);
        Assert.Contains("URL:https://meet.example/atelier", ics);
        Assert.Contains("ORGANIZER", ics);
    }

    [Fact]
    public async Task An_attendee_who_chose_english_gets_the_email_in_english()
    {
        var (workshopId, _, title) = await _driver.ScheduledWorkshopAsync();
        var email = NotificationsDriver.UniqueEmail();

        await _driver.ConfirmedRegistrationAsync(workshopId, email, "en", $"token-{Guid.NewGuid():N}");

        var mail = Assert.Single(await _driver.MailsToAsync(email));
        Assert.Equal($"Registration confirmed: {title}", mail.Subject);
        var text = NotificationsDriver.Part(mail, "plain").Text;
        Assert.Contains($"Your registration to “{title}” is confirmed.", text);
        Assert.Contains("Thursday 12 March 2026, 14:00–15:30 (Paris time)", text);
        Assert.Contains("Cancel my registration", NotificationsDriver.Part(mail, "html").Text);
        Assert.Contains($"SUMMARY;LANGUAGE=en:{title}", ((TextPart)mail.Attachments.Single()).Text);
    }

    [Fact]
    public async Task A_redelivered_event_sends_nothing_more()
    {
        var (workshopId, _, _) = await _driver.ScheduledWorkshopAsync();
        var email = NotificationsDriver.UniqueEmail();
        var confirmed = await _driver.ConfirmedRegistrationAsync(workshopId, email, "fr", $"token-{Guid.NewGuid():N}");
        await _driver.MailsToAsync(email);
        await _driver.WaitForMessageAsync(email, m => m.Status == "sent", "the message is recorded as sent");

        await _driver.PublishAsync(confirmed);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(_driver.Smtp.To(email));
        var messages = await _driver.MessagesAsync($"eventId={confirmed.EventId}");
        var message = Assert.Single(messages.Items);
        Assert.Equal(1, message.Attempts);
    }

    [Fact]
    public async Task A_waitlisted_registration_whose_contact_arrives_last_still_gets_its_email_with_the_position()
    {
        var (workshopId, title, _) = await _driver.ScheduledWorkshopAsync();
        var email = NotificationsDriver.UniqueEmail();
        var registrationId = Guid.NewGuid();

        await _driver.PublishAsync(new Contracts.RegistrationWaitlisted(registrationId, workshopId, "Camille Martin", null, 3, []));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await _driver.PublishAsync(new Contracts.RegistrationContactRecorded(registrationId, workshopId, "Camille Martin", email, "fr", "t0k3n", null));

        var mail = Assert.Single(await _driver.MailsToAsync(email));
        Assert.Equal($"Liste d'attente : {title}", mail.Subject);
        Assert.Contains("vous êtes en position 3 sur sa liste d'attente", NotificationsDriver.Part(mail, "plain").Text);
        Assert.Empty(mail.Attachments);
    }
}
