using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class WorkshopsTests(DashboardFixture platform)
{
    [Fact]
    public async Task Staff_create_and_schedule_a_workshop_and_it_shows_in_the_calendar_feed()
    {
        // Given a workshop created from the dashboard (a draft, dated in a month, Paris time)
        var title = Arrange.UniqueName("Atelier mesure");
        var page = await platform.SignInAsync();
        await page.OpenAsync("Ateliers", "Ateliers");
        await page.GetByTestId("new-workshop").ClickAsync();
        await page.Field("title-fr").FillAsync(title);
        await page.GetByTestId("save-workshop").ClickAsync();
        await Assertions.Expect(page.GetByText("Atelier enregistré.")).ToBeVisibleAsync();

        // When staff schedule it
        await page.GetByTestId($"schedule-{title}").ClickAsync();
        await Assertions.Expect(page.GetByText("Atelier programmé.")).ToBeVisibleAsync();

        // Then the public calendar feed lists it
        await page.ExpectNoProblemAsync();
        await Arrange.EventuallyAsync(async () => (await platform.Gateway.GetStringAsync("/api/v1/workshops/calendar.ics")).Contains(title, StringComparison.Ordinal),
            $"{title} in the calendar feed");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_registrations_panel_counts_and_records_attendance_beyond_the_first_hundred()
    {
        // Given a workshop of 110 seats with 120 registrations: 110 confirmed, 10 waitlisted
        var title = Arrange.UniqueName("REX sobres");
        var workshop = await ArrangeWorkshops.ScheduledAsync(platform.Staff, title, capacity: 110);
        await ArrangeWorkshops.RegistrationsAsync(platform.Gateway, workshop, 120);
        var page = await platform.SignInAsync();
        await page.OpenAsync("Ateliers", "Ateliers");

        // When staff open its registrations
        await page.GetByTestId($"registrations-{title}").ClickAsync();

        // Then the counts are those of all 120, and the pager offers them all
        var panel = page.GetByTestId("registrations");
        await Assertions.Expect(panel.GetByTestId("registration-counts")).ToContainTextAsync("Confirmées : 110");
        await Assertions.Expect(panel.GetByTestId("registration-counts")).ToContainTextAsync("Liste d'attente : 10");
        await Assertions.Expect(panel.GetByText("120 au total")).ToBeVisibleAsync();

        // And the filter knows the statuses by the names the panel shows
        await page.Field("registrations-filter").FillAsync("liste d'attente");
        await Assertions.Expect(panel.GetByTestId("registrations-table").Locator("tbody tr")).ToHaveCountAsync(10);
        await page.Field("registrations-filter").FillAsync(string.Empty);

        // When they tick one person of the first page and one beyond the hundredth, and record attendance
        await page.Field("attended-3").CheckAsync(new() { Force = true });
        await page.Field("registrations-filter").FillAsync("Participant 107");
        await Assertions.Expect(panel.GetByTestId("registrations-table").GetByText("Participant 107")).ToBeVisibleAsync();
        await page.Field("attended-107").CheckAsync(new() { Force = true });
        await panel.GetByTestId("record-attendance").ClickAsync();
        await Assertions.Expect(page.GetByText("Présences enregistrées.")).ToBeVisibleAsync();

        // Then both are recorded as present, and nobody else
        await page.ExpectNoProblemAsync();
        var rows = await ArrangeWorkshops.StaffRegistrationsAsync(platform.Staff, workshop);
        Assert.Equal(120, rows.Count);
        Assert.True(rows["Participant 3"].GetProperty("attended").GetBoolean());
        Assert.True(rows["Participant 107"].GetProperty("attended").GetBoolean());
        Assert.Equal(2, (await ArrangeWorkshops.StaffWorkshopAsync(platform.Staff, workshop)).GetProperty("workshop").GetProperty("attendedCount").GetInt32());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_registrations_panel_shows_the_replay_link_already_attached()
    {
        // Given a held workshop with its replay
        var title = Arrange.UniqueName("Atelier replay");
        var workshop = await ArrangeWorkshops.ScheduledAsync(platform.Staff, title, capacity: 10);
        var replay = $"https://replays.example.org/{workshop:N}";
        await ArrangeWorkshops.HeldWithReplayAsync(platform.Staff, workshop, replay);
        var page = await platform.SignInAsync();
        await page.OpenAsync("Ateliers", "Ateliers");

        // When staff open its registrations
        await page.GetByTestId($"registrations-{title}").ClickAsync();

        // Then the replay link field holds the replay's address
        await Assertions.Expect(page.Field("replay-url")).ToHaveValueAsync(replay);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Cancelling_a_workshop_asks_for_a_reason_and_cancels_every_registration()
    {
        // Given a scheduled workshop of one seat, one person confirmed and one waitlisted
        var title = Arrange.UniqueName("Atelier à annuler");
        var workshop = await ArrangeWorkshops.ScheduledAsync(platform.Staff, title, capacity: 1);
        var tokens = await ArrangeWorkshops.RegistrationsAsync(platform.Gateway, workshop, 2);
        var page = await platform.SignInAsync();
        await page.OpenAsync("Ateliers", "Ateliers");

        // When staff click cancel, nothing is cancelled until they give a reason and confirm
        await page.GetByTestId($"cancel-{title}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-cancel")).ToBeDisabledAsync();
        Assert.Equal("scheduled", (await ArrangeWorkshops.StaffWorkshopAsync(platform.Staff, workshop)).GetProperty("status").GetString());
        await page.Field("cancel-reason").FillAsync("Intervenante malade");
        await page.GetByTestId("confirm-cancel").ClickAsync();
        await Assertions.Expect(page.GetByText("Atelier annulé.")).ToBeVisibleAsync();

        // Then the dashboard shows why, the public view too, and no registration is live or gets the meeting link
        await page.ExpectNoProblemAsync();
        await Assertions.Expect(page.GetByTestId($"cancellation-reason-{title}")).ToContainTextAsync("Intervenante malade");
        var view = await platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/workshops/{workshop}");
        Assert.Equal("cancelled", view.GetProperty("status").GetString());
        Assert.Equal("Intervenante malade", view.GetProperty("cancellationReason").GetString());
        var rows = await ArrangeWorkshops.StaffRegistrationsAsync(platform.Staff, workshop);
        Assert.All(rows.Values, row => Assert.Equal("cancelled", row.GetProperty("status").GetString()));
        foreach (var token in tokens)
        {
            var own = await platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/workshops/registrations/{token}");
            Assert.Equal("cancelled", own.GetProperty("status").GetString());
            Assert.True(!own.TryGetProperty("meetingUrl", out var link) || link.ValueKind == JsonValueKind.Null, $"meeting link given: {own}");
        }

        await page.Context.CloseAsync();
    }
}
