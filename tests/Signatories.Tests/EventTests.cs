using System.Net;
using System.Net.Http.Json;
using PlanetTechCare.Signatories.Tests.Support;

namespace PlanetTechCare.Signatories.Tests;

[Collection(SignatoriesCollection.Name)]
public sealed class EventTests(SignatoriesFixture service)
{
    [Fact]
    public async Task Each_transition_publishes_one_event_with_a_growing_version()
    {
        // Given a signatory taken through every move
        var id = await service.Http.ApprovedAsync();
        await service.Http.ActAsync(id, "suspend", "Misleading claims.");
        await service.Http.ActAsync(id, "reinstate", null);
        await service.Http.PutAsJsonAsync($"/api/v1/signatories/staff/{id}/profile", new
        {
            legalName = Applications.UniqueName("Profil"), website = "https://example.fr", category = "digital-service-provider",
            sizeBand = "sme", region = "bretagne", publicDescription = "Mise à jour.",
        });
        await service.Http.ActAsync(id, "withdraw", "Leaving.");

        // When its events arrive
        var events = await service.Events.WaitForAsync(id, 6);

        // Then there is one per move, in order, versions 1 to 6
        Assert.Equal(
            ["SignatoryApplied", "SignatoryApproved", "SignatorySuspended", "SignatoryReinstated", "SignatoryProfileUpdated", "SignatoryWithdrawn"],
            events.Select(e => e.Type));
        Assert.Equal([1L, 2, 3, 4, 5, 6], events.Select(e => e.Version));
    }

    [Fact]
    public async Task A_rejection_publishes_one_event_with_its_reason()
    {
        var id = await service.Http.AppliedAsync();

        await service.Http.ActAsync(id, "reject", "Incomplete.");

        var events = await service.Events.WaitForAsync(id, 2);
        Assert.Equal(["SignatoryApplied", "SignatoryRejected"], events.Select(e => e.Type));
        Assert.Equal("Incomplete.", events[1].Message.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_retried_decision_changes_nothing_and_publishes_no_second_event()
    {
        var id = await service.Http.ApprovedAsync();

        var retry = await service.Http.ActAsync(id, "approve");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(2, (await retry.JsonAsync()).GetProperty("version").GetInt64());
        Assert.Equal(2, (await service.Events.WaitForAsync(id, 2)).Count);
        Assert.Equal(2, await service.CountAsync("SELECT count(*) FROM signatory_transitions WHERE signatory_id = @id", ("id", id)));
    }

    [Fact]
    public async Task Events_carry_the_public_profile_and_never_the_private_contact()
    {
        var id = await service.Http.ApprovedAsync();

        var events = await service.Events.WaitForAsync(id, 2);

        foreach (var captured in events)
        {
            var json = captured.Message.GetRawText();
            Assert.DoesNotContain("alex.secret", json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Alex Secret", json, StringComparison.Ordinal);
            Assert.DoesNotContain("contact", json, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("digital-service-provider", captured.Message.GetProperty("profile").GetProperty("category").GetString());
        }
    }

    [Fact]
    public async Task An_application_publishes_its_contact_apart_in_the_language_of_the_request()
    {
        var application = Applications.Valid();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/signatories/applications") { Content = JsonContent.Create(application) };
        request.Headers.AcceptLanguage.ParseAdd("en-GB, fr;q=0.5");
        using var response = await service.Http.SendAsync(request);
        var id = (await response.JsonAsync()).GetProperty("id").GetGuid();

        await Eventually.HoldsAsync(() => Task.FromResult(service.Events.ContactsOf(id).Count == 1), "the contact is published");

        var contact = service.Events.ContactsOf(id)[0];
        Assert.Equal("Alex Secret", contact.GetProperty("contactName").GetString());
        Assert.Equal("alex.secret@private.example", contact.GetProperty("contactEmail").GetString());
        Assert.Equal("en", contact.GetProperty("language").GetString());
    }

    [Fact]
    public async Task The_language_asked_in_the_application_wins_over_the_request_header()
    {
        var application = Applications.Valid();
        application["language"] = "fr";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/signatories/applications") { Content = JsonContent.Create(application) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await service.Http.SendAsync(request);
        var id = (await response.JsonAsync()).GetProperty("id").GetGuid();

        await Eventually.HoldsAsync(() => Task.FromResult(service.Events.ContactsOf(id).Count == 1), "the contact is published");

        Assert.Equal("fr", service.Events.ContactsOf(id)[0].GetProperty("language").GetString());
    }

    [Fact]
    public async Task An_event_written_just_before_the_service_is_killed_arrives_after_it_restarts()
    {
        // Given an application whose approval has just committed
        var id = await service.Http.AppliedAsync();
        await service.Events.WaitForAsync(id, 1);
        var approval = await service.Http.ActAsync(id, "approve");
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);

        // When the service is killed right away, and the AppHost restarts it
        await service.App.KillAsync("signatories");
        await WaitUntilHealthyAsync();

        // Then the approval's event is published exactly once and nothing stays unsent
        var events = await service.Events.WaitForAsync(id, 2, 60);
        Assert.Equal(["SignatoryApplied", "SignatoryApproved"], events.Select(e => e.Type));
        await Eventually.HoldsAsync(
            async () => await service.CountAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL") == 0,
            "the outbox is empty");
    }

    [Fact]
    public async Task An_event_committed_while_the_broker_is_down_survives_the_service_being_killed()
    {
        // Given an approval committed while the broker is down, so its event cannot have left yet
        var id = await service.Http.AppliedAsync();
        await service.Events.WaitForAsync(id, 1);
        await service.App.StopResourceAsync("messaging");
        try
        {
            var approval = await service.Http.ActAsync(id, "approve");
            Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
            Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"));

            // When the service is killed before the broker comes back
            await service.App.KillAsync("signatories");
        }
        finally
        {
            await service.App.StartResourceAsync("messaging");
        }

        // Then, once both are back, the approval's event is published
        await WaitUntilHealthyAsync();
        var events = await service.Events.WaitForAsync(id, 2, 90);
        Assert.Equal(["SignatoryApplied", "SignatoryApproved"], events.Select(e => e.Type));
    }

    private async Task WaitUntilHealthyAsync() => await Eventually.HoldsAsync(async () =>
    {
        try
        {
            return (await service.Http.GetAsync("/health")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }, "the service is healthy again", 90);
}
