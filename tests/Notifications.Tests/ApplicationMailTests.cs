using PlanetTechCare.Contracts;
using PlanetTechCare.Notifications.Tests.Support;

namespace PlanetTechCare.Notifications.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class ApplicationMailTests(NotificationsFixture fixture)
{
    private readonly NotificationsDriver _driver = new(fixture);

    [Fact]
    public async Task A_rejected_application_tells_its_contact_the_reason()
    {
        var signatoryId = Guid.NewGuid();
        var email = NotificationsDriver.UniqueEmail();
        await _driver.PublishAsync(new SignatoryContactRecorded(signatoryId, "Claire Le Goff", email, "fr"));

        await _driver.PublishAsync(new SignatoryRejected(signatoryId, "Octet Vert", "Le numéro SIREN ne correspond à aucune organisation.", 2));

        var mail = Assert.Single(await _driver.MailsToAsync(email));
        Assert.Equal("Votre candidature pour Octet Vert", mail.Subject);
        var text = NotificationsDriver.Part(mail, "plain").Text;
        Assert.Contains("Bonjour Claire Le Goff,", text);
        Assert.Contains("Motif : Le numéro SIREN ne correspond à aucune organisation.", text);
        Assert.Contains("Le numéro SIREN ne correspond à aucune organisation.", System.Net.WebUtility.HtmlDecode(NotificationsDriver.Part(mail, "html").Text));
    }

    [Fact]
    public async Task An_approved_application_tells_its_contact_in_english_what_comes_next()
    {
        var signatoryId = Guid.NewGuid();
        var email = NotificationsDriver.UniqueEmail();
        await _driver.PublishAsync(new SignatoryContactRecorded(signatoryId, "Claire Le Goff", email, "en"));

        await _driver.PublishAsync(new SignatoryApproved(signatoryId,
            new SignatoryProfile("Octet Vert", SignatoryCategories.DigitalServiceProvider, "bretagne", null, null, "sme"), 2));

        var mail = Assert.Single(await _driver.MailsToAsync(email));
        Assert.Equal("Octet Vert has signed Planet Tech'Care", mail.Subject);
        Assert.Contains("What comes next: measure the footprint", NotificationsDriver.Part(mail, "plain").Text);
    }

    [Fact]
    public async Task While_the_smtp_server_refuses_the_message_stays_pending_with_its_answer_then_is_sent_once_it_accepts()
    {
        var signatoryId = Guid.NewGuid();
        var email = NotificationsDriver.UniqueEmail();
        _driver.Smtp.Refuse(email);
        await _driver.PublishAsync(new SignatoryContactRecorded(signatoryId, "Claire Le Goff", email, "fr"));

        await _driver.PublishAsync(new SignatoryApplied(signatoryId,
            new SignatoryProfile("Octet Vert", SignatoryCategories.DigitalServiceProvider, "bretagne", null, null, "sme"), 1));

        var refused = await _driver.WaitForMessageAsync(email, m => m.Attempts >= 2, "the refused message is tried again");
        Assert.Equal("pending", refused.Status);
        Assert.Equal("application-received", refused.Template);
        Assert.Equal($"451 {TestSmtpServer.RefusalText}", refused.LastSmtpAnswer);
        Assert.Null(refused.SentAt);
        Assert.Empty(_driver.Smtp.To(email));

        _driver.Smtp.Accept(email);

        var sent = await _driver.WaitForMessageAsync(email, m => m.Status == "sent", "the message is sent once the server accepts it");
        Assert.NotNull(sent.SentAt);
        Assert.StartsWith("250 ", sent.LastSmtpAnswer);
        var mail = Assert.Single(await _driver.MailsToAsync(email));
        Assert.Equal("Nous avons bien reçu la candidature de Octet Vert", mail.Subject);
    }

    [Fact]
    public async Task While_the_smtp_server_is_down_the_message_stays_pending_saying_no_server_answered_then_is_sent_once_it_is_back()
    {
        var signatoryId = Guid.NewGuid();
        var email = NotificationsDriver.UniqueEmail();
        await _driver.Smtp.StopAsync();
        try
        {
            await _driver.PublishAsync(new SignatoryContactRecorded(signatoryId, "Claire Le Goff", email, "en"));
            await _driver.PublishAsync(new SignatoryApplied(signatoryId,
                new SignatoryProfile("Octet Vert", SignatoryCategories.DigitalServiceProvider, "bretagne", null, null, "sme"), 1));

            var unanswered = await _driver.WaitForMessageAsync(email, m => m.Attempts >= 2, "the unsent message is tried again");
            Assert.Equal("pending", unanswered.Status);
            Assert.Equal($"No answer from the SMTP server at 127.0.0.1:{_driver.Smtp.Port}: the connection was refused.", unanswered.LastSmtpAnswer);
        }
        finally
        {
            _driver.Smtp.Start();
        }

        var sent = await _driver.WaitForMessageAsync(email, m => m.Status == "sent", "the message is sent once the server is back");
        Assert.StartsWith("250 ", sent.LastSmtpAnswer);
        Assert.Equal("We have received Octet Vert's application", Assert.Single(await _driver.MailsToAsync(email)).Subject);
    }
}
