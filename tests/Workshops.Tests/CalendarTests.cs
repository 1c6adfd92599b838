using Ical.Net.CalendarComponents;
using PlanetTechCare.Workshops.Tests.Support;

namespace PlanetTechCare.Workshops.Tests;

[Collection(ServiceCollection.Name)]
public sealed class CalendarTests(WorkshopsFixture service)
{
    private HttpClient Client => service.Http;

    [Fact]
    public async Task The_theme_feed_parses_back_with_the_paris_time_zone_and_the_workshop()
    {
        var theme = $"cal-{Guid.NewGuid():N}"[..24];
        var start = new DateTimeOffset(2031, 7, 8, 12, 0, 0, TimeSpan.Zero); // 14:00 in Paris (summer time)
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(themes: [theme], startsAt: start, title: "Atelier calendrier"));

        var response = await Client.GetAsync($"/api/v1/workshops/calendar/themes/{theme}.ics");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Europe/Paris");
        var calendarEvent = Assert.Single(calendar.Events);
        Assert.Equal($"{workshop}@workshops.planet-techcare", calendarEvent.Uid);
        Assert.Equal("Atelier calendrier", calendarEvent.Summary);
        Assert.Equal("Europe/Paris", calendarEvent.DtStart!.TzId);
        Assert.Equal(14, calendarEvent.DtStart.Hour);
        Assert.Equal(start.UtcDateTime, calendarEvent.DtStart.AsUtc);
        Assert.Equal(start.AddMinutes(90).UtcDateTime, calendarEvent.DtEnd!.AsUtc);
    }

    [Fact]
    public async Task The_partner_feed_holds_only_that_partners_workshops_and_marks_cancellations()
    {
        var partner = await Client.CreatePartnerAsync();
        var hosted = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(partnerIds: [partner]));
        await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());
        await Client.PostAsync($"{WorkshopsClient.Staff}/workshops/{hosted}/cancel", null);

        var calendar = Ical.Net.Calendar.Load(await Client.GetStringAsync($"/api/v1/workshops/calendar/partners/{partner}.ics"))!;

        CalendarEvent only = Assert.Single(calendar.Events);
        Assert.Equal($"{hosted}@workshops.planet-techcare", only.Uid);
        Assert.Equal("CANCELLED", only.Status);
    }

    [Fact]
    public async Task The_whole_feed_is_a_valid_calendar_with_its_time_zone()
    {
        await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());

        var text = await Client.GetStringAsync("/api/v1/workshops/calendar.ics");

        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        Assert.Contains("VERSION:2.0", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(text)!;
        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.Equal("Europe/Paris", e.DtStart!.TzId));
    }
}
