using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
        await Client.PostAsJsonAsync($"{WorkshopsClient.Staff}/workshops/{hosted}/cancel", new { reason = "Intervenant malade" });

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

    [Fact]
    public async Task The_feed_speaks_english_when_asked_and_falls_back_to_french_where_a_workshop_has_no_english()
    {
        var theme = $"lang-{Guid.NewGuid():N}"[..24];
        var start = DateTimeOffset.UtcNow.AddDays(20);
        var bilingual = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(themes: [theme], startsAt: start,
            title: "Mesurer son SI", titleEn: "Measuring IT", summaryFr: "En bref", summaryEn: "In short"));
        var frenchOnly = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(themes: [theme], startsAt: start.AddDays(1),
            title: "Sobriété", titleEn: null, summaryFr: "Seulement en français", summaryEn: null));

        using var byQuery = await Client.GetAsync($"/api/v1/workshops/calendar/themes/{theme}.ics?lang=en");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/workshops/calendar/themes/{theme}.ics");
        request.Headers.Add("Accept-Language", "en-GB, fr;q=0.5");
        using var byHeader = await Client.SendAsync(request);

        foreach (var response in new[] { byQuery, byHeader })
        {
            var text = Unfolded(await response.Content.ReadAsStringAsync());
            Assert.Equal("en", Assert.Single(response.Content.Headers.ContentLanguage));
            Assert.Contains("SUMMARY;LANGUAGE=en:Measuring IT", text, StringComparison.Ordinal);
            Assert.Contains("DESCRIPTION;LANGUAGE=en:In short", text, StringComparison.Ordinal);
            Assert.Contains("SUMMARY;LANGUAGE=fr:Sobriété", text, StringComparison.Ordinal);
            Assert.Contains("DESCRIPTION;LANGUAGE=fr:Seulement en français", text, StringComparison.Ordinal);
            Assert.Contains("LOCATION;LANGUAGE=en:Online", text, StringComparison.Ordinal);
            Assert.DoesNotContain("En ligne", text, StringComparison.Ordinal);
            var events = Ical.Net.Calendar.Load(text)!.Events;
            Assert.Equal("Measuring IT", events.Single(e => e.Uid == $"{bilingual}@workshops.planet-techcare").Summary);
            Assert.Equal("Sobriété", events.Single(e => e.Uid == $"{frenchOnly}@workshops.planet-techcare").Summary);
        }
    }

    [Fact]
    public async Task The_feed_is_french_by_default_and_refuses_another_language()
    {
        var theme = $"lang-{Guid.NewGuid():N}"[..24];
        await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(themes: [theme], title: "Mesurer son SI", titleEn: "Measuring IT"));

        using var french = await Client.GetAsync($"/api/v1/workshops/calendar/themes/{theme}.ics");
        var german = await Client.GetAsync($"/api/v1/workshops/calendar/themes/{theme}.ics?lang=de");

        var text = Unfolded(await french.Content.ReadAsStringAsync());
        Assert.Equal("fr", Assert.Single(french.Content.Headers.ContentLanguage));
        Assert.Contains("SUMMARY;LANGUAGE=fr:Mesurer son SI", text, StringComparison.Ordinal);
        Assert.Contains("LOCATION;LANGUAGE=fr:En ligne", text, StringComparison.Ordinal);
        await ProblemAssert.NamesFieldAsync(german, "lang");
    }

    [Fact]
    public async Task Each_event_links_to_the_workshops_page_a_person_can_open_in_the_feeds_language()
    {
        var theme = $"page-{Guid.NewGuid():N}"[..24];
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(themes: [theme],
            startsAt: new DateTimeOffset(2031, 7, 8, 12, 0, 0, TimeSpan.Zero), title: "Mesurer son SI", titleEn: "Measuring IT", summaryEn: "In short"));

        var calendar = Ical.Net.Calendar.Load(await Client.GetStringAsync($"/api/v1/workshops/calendar/themes/{theme}.ics?lang=en"))!;
        var url = Assert.Single(calendar.Events).Url!;
        using var page = await Client.GetAsync(url.PathAndQuery);

        Assert.Equal($"/api/v1/workshops/{workshop}/page", url.AbsolutePath);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1 lang=\"en\">Measuring IT</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Tuesday 8 July 2031, 14:00–15:30 (Paris time)", html, StringComparison.Ordinal);
        Assert.Contains("In short", html, StringComparison.Ordinal);
        Assert.Contains("Ada", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_theme_is_not_found_in_the_feed_and_in_the_list_like_an_unknown_partner()
    {
        var theme = $"none-{Guid.NewGuid():N}"[..24];
        var partner = Guid.NewGuid();

        foreach (var (path, field, named) in new[]
        {
            ($"/api/v1/workshops/calendar/themes/{theme}.ics", "theme", theme),
            ($"/api/v1/workshops?theme={theme}", "theme", theme),
            ($"/api/v1/workshops/past?theme={theme}", "theme", theme),
            ($"/api/v1/workshops/calendar/partners/{partner}.ics", "partner", partner.ToString()),
            ($"/api/v1/workshops?partner={partner}", "partner", partner.ToString()),
        })
        {
            using var response = await Client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode} {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonSerializer.Deserialize<JsonElement>(body);
            Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), body);
        }
    }

    [Fact]
    public async Task A_theme_only_past_workshops_had_is_known_and_its_upcoming_list_is_empty()
    {
        var theme = $"past-{Guid.NewGuid():N}"[..24];
        await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(themes: [theme], startsAt: DateTimeOffset.UtcNow.AddDays(-90)));

        var upcoming = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/workshops?theme={theme}");
        var feed = await Client.GetAsync($"/api/v1/workshops/calendar/themes/{theme}.ics");

        Assert.Equal(0, upcoming.GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Empty(Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync())!.Events);
    }

    /// <summary>The text with RFC 5545's folded lines joined back.</summary>
    private static string Unfolded(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
}
