using System.Net.Http.Json;
using MimeKit;
using PlanetTechCare.Contracts;

namespace PlanetTechCare.Notifications.Tests.Support;

/// <summary>Drives the service the way the platform does: events into the broker; reads what the SMTP server received and what staff see.</summary>
public sealed class NotificationsDriver(NotificationsFixture fixture)
{
    public TestSmtpServer Smtp => fixture.Smtp;

    public HttpClient Http => fixture.Http;

    /// <summary>An address no other test uses.</summary>
    public static string UniqueEmail() => $"person-{Guid.NewGuid():N}@example.org";

    public Task PublishAsync<T>(T integrationEvent) where T : class => fixture.Bus.Publish(integrationEvent);

    /// <summary>A scheduled workshop with a title of its own; 12 March 2026, 14:00–15:30 in Paris (13:00–14:30 UTC).</summary>
    public async Task<(Guid Id, string TitleFr, string TitleEn)> ScheduledWorkshopAsync()
    {
        var id = Guid.NewGuid();
        var (fr, en) = ($"Atelier {id:N}"[..20], $"Workshop {id:N}"[..21]);
        var startsAt = new DateTimeOffset(2026, 3, 12, 13, 0, 0, TimeSpan.Zero);
        await PublishAsync(new WorkshopScheduled(id, new WorkshopDetails(
            new LocalizedText(fr, en), null, "webinar", ["eco-design"], [], [], startsAt, startsAt.AddMinutes(90), 120), 1));
        return (id, fr, en);
    }

    /// <summary>A registration's contact then the event; returns the event.</summary>
    public async Task<RegistrationConfirmed> ConfirmedRegistrationAsync(Guid workshopId, string email, string language, string token, string? meetingUrl = null)
    {
        var registrationId = Guid.NewGuid();
        await PublishAsync(new RegistrationContactRecorded(registrationId, workshopId, "Camille Martin", email, language, token, meetingUrl));
        var confirmed = new RegistrationConfirmed(registrationId, workshopId, "Camille Martin", "Octet Vert", null, []);
        await PublishAsync(confirmed);
        return confirmed;
    }

    /// <summary>Waits for the mails to <paramref name="address"/> and returns them.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MailsToAsync(string address, int count = 1)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(Smtp.To(address).Count >= count), $"{count} e-mail(s) reach {address}", timeoutSeconds: 30);
        return Smtp.To(address);
    }

    public async Task<MessagePageDto> MessagesAsync(string query)
    {
        using var response = await Http.GetAsync($"/api/v1/notifications/staff/messages?{query}");
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<MessagePageDto>())!;
    }

    public async Task<MessageDto> WaitForMessageAsync(string recipient, Func<MessageDto, bool> condition, string because)
    {
        MessageDto? found = null;
        await Eventually.HoldsAsync(async () =>
            (found = (await MessagesAsync($"recipient={Uri.EscapeDataString(recipient)}")).Items.FirstOrDefault(condition)) is not null,
            because, timeoutSeconds: 30);
        return found!;
    }

    public static TextPart Part(MimeMessage mail, string subtype) =>
        mail.BodyParts.OfType<TextPart>().Single(part => part.ContentType.MediaType == "text" && part.ContentType.MediaSubtype == subtype);
}
