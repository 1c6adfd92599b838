using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.Workshops.Tests.Support;

namespace PlanetTechCare.Workshops.Tests;

[Collection(ServiceCollection.Name)]
public sealed class RegistrationTests(WorkshopsFixture service)
{
    private HttpClient Client => service.Http;

    [Fact]
    public async Task Registrations_are_confirmed_while_seats_remain_then_waitlisted_in_arrival_order()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(capacity: 2));

        var answers = new List<JsonElement>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail()));
        }

        Assert.Equal(["confirmed", "confirmed", "waitlisted", "waitlisted"], answers.Select(a => a.GetProperty("status").GetString()));
        Assert.Equal(1, answers[2].GetProperty("waitlistPosition").GetInt32());
        Assert.Equal(2, answers[3].GetProperty("waitlistPosition").GetInt32());
        Assert.Equal(2, (await service.Events.WaitForAsync("RegistrationConfirmed", workshop, 2)).Count);
        var waitlisted = await service.Events.WaitForAsync("RegistrationWaitlisted", workshop, 2);
        Assert.Equal([1, 2], waitlisted.Select(e => e.GetProperty("position").GetInt32()).Order());
    }

    [Fact]
    public async Task A_registration_publishes_how_to_reach_its_attendee_apart_with_their_language_and_token()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(capacity: 2));
        var email = WorkshopsClient.NewEmail();

        using var response = await Client.PostAsJsonAsync($"/api/v1/workshops/{workshop}/registrations",
            new { name = "Camille Martin", email, organisation = "Octet Vert", consent = true, language = "en" });
        var registration = await response.Content.ReadFromJsonAsync<JsonElement>();

        var contact = Assert.Single(await service.Events.WaitForAsync("RegistrationContactRecorded", workshop));
        Assert.Equal(registration.GetProperty("id").GetGuid(), contact.GetProperty("registrationId").GetGuid());
        Assert.Equal(email, contact.GetProperty("email").GetString());
        Assert.Equal("en", contact.GetProperty("language").GetString());
        Assert.Equal(registration.GetProperty("cancellationToken").GetString(), contact.GetProperty("cancellationToken").GetString());
        Assert.Equal("https://meet.example.org/secret-room", contact.GetProperty("meetingUrl").GetString());
        Assert.DoesNotContain(email, (await service.Events.WaitForAsync("RegistrationConfirmed", workshop)).Single().GetRawText());
    }

    [Fact]
    public async Task Cancelling_a_confirmed_registration_promotes_the_first_waitlisted_person()
    {
        var host = await Client.CreatePartnerAsync();
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(capacity: 1, partnerIds: [host]));
        var first = await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());
        var second = await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());
        var third = await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());

        var cancelled = await Client.DeleteAsync($"/api/v1/workshops/registrations/{first.GetProperty("cancellationToken").GetString()}");

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var registrations = await Client.RegistrationsAsync(workshop);
        Assert.Equal(["cancelled", "confirmed", "waitlisted"], registrations.Select(r => r.GetProperty("status").GetString()));
        var promoted = await service.Events.WaitForAsync("RegistrationPromoted", workshop);
        Assert.Equal(second.GetProperty("id").GetGuid(), Assert.Single(promoted).GetProperty("registrationId").GetGuid());
        var cancellation = Assert.Single(await service.Events.WaitForAsync("RegistrationCancelled", workshop));
        Assert.True(cancellation.GetProperty("heldSeat").GetBoolean());
        // Each registration event names the hosting partners, whose apps may see the attendee.
        var waitlisted = await service.Events.WaitForAsync("RegistrationWaitlisted", workshop, 2);
        Assert.All([cancellation, promoted[0], .. waitlisted, .. await service.Events.WaitForAsync("RegistrationConfirmed", workshop)],
            e => Assert.Equal([host], e.GetProperty("hostPartnerIds").EnumerateArray().Select(p => p.GetGuid())));
        var own = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/workshops/registrations/{third.GetProperty("cancellationToken").GetString()}");
        Assert.Equal(1, own.GetProperty("waitlistPosition").GetInt32());
    }

    [Fact]
    public async Task Cancelling_twice_with_the_token_promotes_only_once()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(capacity: 1));
        var first = await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());
        await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());
        await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());
        var path = $"/api/v1/workshops/registrations/{first.GetProperty("cancellationToken").GetString()}";

        var answers = await Task.WhenAll(Client.DeleteAsync(path), Client.DeleteAsync(path), Client.DeleteAsync(path));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var statuses = (await Client.RegistrationsAsync(workshop)).Select(r => r.GetProperty("status").GetString());
        Assert.Equal(["cancelled", "confirmed", "waitlisted"], statuses);
    }

    [Fact]
    public async Task Registering_again_with_the_same_email_returns_the_existing_registration()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());
        var email = WorkshopsClient.NewEmail();
        var first = await Client.RegisterAsync(workshop, email);

        var again = await Client.RegisterAsync(workshop, email.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("id").GetGuid(), b.GetProperty("id").GetGuid());
        Assert.Single(await Client.RegistrationsAsync(workshop));
    }

    [Fact]
    public async Task Concurrent_registrations_with_the_same_email_make_one_registration()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());
        var email = WorkshopsClient.NewEmail();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Client.RegisterAsync(workshop, email)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode));
        Assert.Single(await Client.RegistrationsAsync(workshop));
    }

    [Fact]
    public async Task The_meeting_link_is_revealed_only_to_confirmed_registrants()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody(capacity: 1));

        var confirmed = await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());
        var waitlisted = await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());
        var publicView = await Client.GetStringAsync($"/api/v1/workshops/{workshop}");

        Assert.Equal("https://meet.example.org/secret-room", confirmed.GetProperty("meetingUrl").GetString());
        Assert.Equal(JsonValueKind.Null, waitlisted.GetProperty("meetingUrl").ValueKind);
        Assert.DoesNotContain("secret-room", publicView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raising_the_capacity_promotes_from_the_waitlist()
    {
        var body = WorkshopsClient.WorkshopBody(capacity: 1);
        var workshop = await Client.CreateScheduledWorkshopAsync(body);
        await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());
        await Client.RegisterOkAsync(workshop, WorkshopsClient.NewEmail());

        var raised = JsonSerializer.SerializeToNode(body)!;
        raised["capacity"] = 2;
        var edit = await Client.PutAsJsonAsync($"{WorkshopsClient.Staff}/workshops/{workshop}", raised);

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.All(await Client.RegistrationsAsync(workshop), r => Assert.Equal("confirmed", r.GetProperty("status").GetString()));
        Assert.Single(await service.Events.WaitForAsync("RegistrationPromoted", workshop));
        Assert.Single(await service.Events.WaitForAsync("WorkshopUpdated", workshop));
    }

    [Fact]
    public async Task Staff_export_the_registrations_as_csv()
    {
        var workshop = await Client.CreateScheduledWorkshopAsync(WorkshopsClient.WorkshopBody());
        var email = WorkshopsClient.NewEmail();
        await Client.RegisterOkAsync(workshop, email);

        var response = await Client.GetAsync($"{WorkshopsClient.Staff}/workshops/{workshop}/registrations.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("sequence,id,name,email", lines[0], StringComparison.Ordinal);
        Assert.Contains(email, Assert.Single(lines[1..]), StringComparison.Ordinal);
    }
}
