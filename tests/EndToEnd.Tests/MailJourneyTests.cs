using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;
using PlanetTechCare.EndToEnd.Tests.Support;
namespace PlanetTechCare.EndToEnd.Tests;

/// <summary>The notifications service through the whole platform: a registration at the gateway ends as an e-mail in smtp4dev's mailbox.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MailJourneyTests(PlatformFixture platform)
{
    [Fact]
    public async Task Registering_through_the_gateway_sends_the_confirmation_with_its_invitation_to_the_local_mailbox()
    {
        // Given a scheduled workshop
        var title = $"Atelier courriel {Guid.NewGuid():N}"[..30];
        var start = DateTimeOffset.UtcNow.AddDays(20);
        var created = await platform.Staff.PostAsJsonAsync("/api/v1/workshops/staff/workshops", new
        {
            titleFr = title, titleEn = title, format = "webinar", themes = new[] { "eco-design" },
            startsAt = start, endsAt = start.AddHours(1), meetingUrl = "https://meet.example.org/courriel", capacity = 10,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var workshopId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await platform.Staff.PostAsync($"/api/v1/workshops/staff/workshops/{workshopId}/schedule", null)).StatusCode);

        // When someone registers through the gateway, in English
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        using var register = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/workshops/{workshopId}/registrations")
        {
            Content = JsonContent.Create(new { name = "Camille Martin", email, organisation = "Octet Vert", consent = true }),
        };
        register.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        using var registered = await platform.Gateway.SendAsync(register);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var token = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cancellationToken").GetString();

        // Then smtp4dev receives one e-mail for them: in English, with the invitation and their own cancellation link through the gateway
        // (after the e-mails of the other tests' registrations: the concurrency test's thousand take smtp4dev about a minute)
        var mailbox = platform.App.CreateHttpClient("smtp", "http");
        string? id = null;
        await Eventually.HoldsAsync(async () =>
        {
            var messages = await mailbox.GetFromJsonAsync<JsonElement>($"/api/messages?searchTerms={Uri.EscapeDataString(email)}&pageSize=50");
            id = messages.GetProperty("results").EnumerateArray()
                .Where(m => m.GetProperty("to").EnumerateArray().Any(to => to.GetString() == email))
                .Select(m => m.GetProperty("id").GetString()).FirstOrDefault();
            return id is not null;
        }, "the confirmation reaches smtp4dev", timeoutSeconds: 180);
        await using var raw = await mailbox.GetStreamAsync($"/api/messages/{id}/raw");
        var mail = await MimeMessage.LoadAsync(raw);
        Assert.Equal($"Registration confirmed: {title}", mail.Subject);
        var text = mail.BodyParts.OfType<TextPart>().First(part => part.IsPlain).Text;
        Assert.Matches($@"http://[^\s/]+:{platform.Gateway.BaseAddress!.Port}/api/v1/workshops/registrations/{token}", text);
        var invitation = (TextPart)Assert.Single(mail.Attachments);
        Assert.Contains("METHOD:REQUEST", invitation.Text);
        Assert.Contains($"UID:{workshopId}@workshops.planet-techcare", invitation.Text);
        Assert.Contains("URL:https://meet.example.org/courriel", invitation.Text);
    }
}
