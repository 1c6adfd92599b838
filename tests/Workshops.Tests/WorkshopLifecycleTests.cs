using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.Workshops.Tests.Support;

namespace PlanetTechCare.Workshops.Tests;

[Collection(ServiceCollection.Name)]
public sealed class WorkshopLifecycleTests(WorkshopsFixture service)
{
    private HttpClient Client => service.Http;

    [Fact]
    public async Task A_draft_is_not_public_until_it_is_scheduled()
    {
        var workshop = await Client.CreateWorkshopAsync(WorkshopsClient.WorkshopBody());
        var asDraft = await Client.GetAsync($"/api/v1/workshops/{workshop}");

        await Client.PostAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/schedule", null);
        var asScheduled = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/workshops/{workshop}");

        Assert.Equal(HttpStatusCode.NotFound, asDraft.StatusCode);
        Assert.Equal("scheduled", asScheduled.GetProperty("status").GetString());
        Assert.Equal("Europe/Paris", asScheduled.GetProperty("timeZone").GetString());
        var scheduled = Assert.Single(await service.Events.WaitForAsync("WorkshopScheduled", workshop));
        Assert.Equal(10, scheduled.GetProperty("details").GetProperty("capacity").GetInt32());
    }

    [Fact]
    public async Task A_held_workshop_records_attendance_and_publishes_its_replay()
    {
        var partner = await Client.CreatePartnerAsync();
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(capacity: 3, partnerIds: [partner], themes: ["circular-economy"]));
        var came = await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());
        await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());

        var attendance = await Client.PostAsJsonAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/attendance",
            new { attendedRegistrationIds = new[] { came.GetProperty("id").GetGuid() } });
        var replay = await Client.PutAsJsonAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/replay",
            new { replayUrl = "https://replays.example.org/42", languages = new[] { "fr", "en" } });
        var replayAgain = await Client.PutAsJsonAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/replay",
            new { replayUrl = "https://replays.example.org/42", languages = new[] { "fr", "en" } });

        Assert.Equal(HttpStatusCode.OK, attendance.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayAgain.StatusCode);
        var held = Assert.Single(await service.Events.WaitForAsync("WorkshopHeld", workshop));
        Assert.Equal(2, held.GetProperty("confirmedCount").GetInt32());
        Assert.Equal(1, held.GetProperty("attendedCount").GetInt32());
        var published = Assert.Single(await service.Events.WaitForAsync("ReplayPublished", workshop));
        Assert.Equal("https://replays.example.org/42", published.GetProperty("replayUrl").GetString());
        Assert.Equal(partner, published.GetProperty("partners")[0].GetProperty("partnerId").GetGuid());
        Assert.Equal("Ada", published.GetProperty("speakers")[0].GetProperty("name").GetString());
        var figures = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/workshops/{workshop}/attendance");
        Assert.Equal(1, figures.GetProperty("attended").GetInt32());
    }

    [Fact]
    public async Task A_replay_cannot_be_attached_before_the_workshop_is_held()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());

        var replay = await Client.PutAsJsonAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/replay",
            new { replayUrl = "https://replays.example.org/1", languages = new[] { "fr" } });

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
    }

    [Fact]
    public async Task A_cancelled_workshop_announces_it_and_takes_no_more_registrations()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());

        var cancel = await Client.PostAsJsonAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/cancel", new { reason = "Speaker ill" });
        var register = await Client.RegisterAsync(workshop, WorkshopsClient.NewEmail());

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, register.StatusCode);
        var cancelled = Assert.Single(await service.Events.WaitForAsync("WorkshopCancelled", workshop));
        Assert.Equal("Speaker ill", cancelled.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Cancelling_a_workshop_cancels_every_live_registration_each_with_its_event_and_says_why()
    {
        var partner = await Client.CreatePartnerAsync();
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(capacity: 2, partnerIds: [partner]));
        var registrations = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            registrations.Add(await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail()));
        }

        var cancel = await Client.PostAsJsonAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/cancel", new { reason = "Intervenante malade" });

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var staffView = await cancel.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Intervenante malade", staffView.GetProperty("cancellationReason").GetString());
        Assert.Equal(0, staffView.GetProperty("confirmedCount").GetInt32());
        var publicView = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/workshops/{workshop}");
        Assert.Equal("cancelled", publicView.GetProperty("status").GetString());
        Assert.Equal("Intervenante malade", publicView.GetProperty("cancellationReason").GetString());
        Assert.All(await Client.RegistrationsAsync(workshop), r => Assert.Equal("cancelled", r.GetProperty("status").GetString()));
        foreach (var registration in registrations)
        {
            var own = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/workshops/registrations/{registration.GetProperty("cancellationToken").GetString()}");
            Assert.Equal("cancelled", own.GetProperty("status").GetString());
            Assert.True(!own.TryGetProperty("meetingUrl", out var link) || link.ValueKind == JsonValueKind.Null, $"meeting link given: {own}");
        }

        var cancelled = await service.Events.WaitForAsync("RegistrationCancelled", workshop, 3);
        Assert.Equal(registrations.Select(r => r.GetProperty("id").GetGuid()).Order(), cancelled.Select(e => e.GetProperty("registrationId").GetGuid()).Order());
        var seated = registrations.ToDictionary(r => r.GetProperty("id").GetGuid(), r => r.GetProperty("status").GetString() == "confirmed");
        Assert.Equal(2, seated.Values.Count(held => held));
        Assert.All(cancelled, e => Assert.Equal(seated[e.GetProperty("registrationId").GetGuid()], e.GetProperty("heldSeat").GetBoolean()));
        Assert.All(cancelled, e => Assert.Equal(partner, Assert.Single(e.GetProperty("hostPartnerIds").EnumerateArray()).GetGuid()));
        Assert.Equal("Intervenante malade", Assert.Single(await service.Events.WaitForAsync("WorkshopCancelled", workshop)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Cancelling_a_workshop_twice_changes_nothing_more()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());
        await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());
        var first = await (await Client.PostAsJsonAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/cancel", new { reason = "Intervenante malade" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        await service.Events.WaitForAsync("RegistrationCancelled", workshop);

        var again = await Client.PostAsJsonAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/cancel", new { reason = "Autre motif" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Intervenante malade", second.GetProperty("cancellationReason").GetString());
        Assert.Equal(first.GetProperty("workshop").GetProperty("version").GetInt64(), second.GetProperty("workshop").GetProperty("version").GetInt64());
        // The outbox relays within a second or so: anything the retry had written would be here by then.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(service.Events.Of("WorkshopCancelled", workshop));
        Assert.Single(service.Events.Of("RegistrationCancelled", workshop));
    }

    [Fact]
    public async Task Creating_twice_with_the_same_idempotency_key_returns_the_first_workshop()
    {
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> Create()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{WorkshopsClient.Staff}/workshops")
            {
                Content = JsonContent.Create(WorkshopsClient.WorkshopBody()),
            };
            request.Headers.Add("Idempotency-Key", key);
            return await Client.SendAsync(request);
        }

        var first = await Create();
        var retry = await Create();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Upcoming_workshops_are_filtered_by_theme_partner_and_format()
    {
        var partner = await Client.CreatePartnerAsync();
        var theme = $"theme-{Guid.NewGuid():N}"[..30];
        var rex = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(themes: [theme], partnerIds: [partner], format: "rex"));
        await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(themes: [theme], format: "webinar"));

        var byTheme = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/workshops?theme={theme}");
        var byPartner = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/workshops?partner={partner}");
        var byFormat = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/workshops?theme={theme}&format=rex");
        var past = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/workshops/past?theme={theme}");

        Assert.Equal(2, byTheme.GetProperty("total").GetInt64());
        Assert.Equal(rex, Assert.Single(byPartner.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(rex, Assert.Single(byFormat.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(0, past.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Creating_a_partner_twice_by_name_returns_the_first()
    {
        var name = $"Partner {Guid.NewGuid():N}";

        var first = await Client.CreatePartnerAsync(name);
        var again = await Client.CreatePartnerAsync(name);

        Assert.Equal(first, again);
    }
}
