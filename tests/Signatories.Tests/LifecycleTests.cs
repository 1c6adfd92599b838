using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.Signatories.Tests.Support;
namespace PlanetTechCare.Signatories.Tests;

[Collection(SignatoriesCollection.Name)]
public sealed class LifecycleTests(SignatoriesFixture service)
{
    [Fact]
    public async Task Approving_an_application_makes_it_a_public_signatory()
    {
        var id = await service.Http.AppliedAsync();

        var response = await service.Http.ActAsync(id, "approve");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Approved", (await response.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await service.Http.GetAsync($"/api/v1/signatories/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_pending_application_is_not_public()
    {
        var id = await service.Http.AppliedAsync();

        var response = await service.Http.GetAsync($"/api/v1/signatories/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Rejecting_an_application_records_the_reason_and_keeps_it_private()
    {
        var id = await service.Http.AppliedAsync();

        var response = await service.Http.ActAsync(id, "reject", "Not an organisation.");

        var details = await response.JsonAsync();
        Assert.Equal("Rejected", details.GetProperty("status").GetString());
        Assert.Equal("Not an organisation.", details.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await service.Http.GetAsync($"/api/v1/signatories/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_signatory_that_withdraws_disappears_from_public_view()
    {
        var id = await service.Http.ApprovedAsync();

        var response = await service.Http.ActAsync(id, "withdraw", "Leaving the programme.");

        Assert.Equal("Withdrawn", (await response.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await service.Http.GetAsync($"/api/v1/signatories/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_suspended_signatory_is_hidden_until_staff_reinstate_it()
    {
        var id = await service.Http.ApprovedAsync();

        await service.Http.ActAsync(id, "suspend", "Misleading claims.");
        var whileSuspended = await service.Http.GetAsync($"/api/v1/signatories/{id}");
        var reinstated = await service.Http.ActAsync(id, "reinstate", "Claims corrected.");

        Assert.Equal(HttpStatusCode.NotFound, whileSuspended.StatusCode);
        Assert.Equal("Approved", (await reinstated.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await service.Http.GetAsync($"/api/v1/signatories/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("reinstate")]
    [InlineData("suspend")]
    public async Task A_move_the_current_status_does_not_allow_gets_409_and_changes_nothing(string action)
    {
        var id = await service.Http.AppliedAsync();

        var response = await service.Http.ActAsync(id, action, "Because.");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM signatories WHERE id = @id AND status = 'Applied' AND version = 1", ("id", id)));
    }

    [Fact]
    public async Task A_rejected_application_cannot_be_approved()
    {
        var id = await service.Http.AppliedAsync();
        await service.Http.ActAsync(id, "reject", "Duplicate.");

        var response = await service.Http.ActAsync(id, "approve");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_decision_on_an_unknown_id_gets_404()
    {
        var response = await service.Http.ActAsync(Guid.NewGuid(), "approve");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_history_records_every_transition_with_who_when_why_from_and_to()
    {
        // Given a signatory applied, approved, suspended and reinstated
        var id = await service.Http.ApprovedAsync();
        await service.Http.ActAsync(id, "suspend", "Misleading claims.");
        await service.Http.ActAsync(id, "reinstate", "Claims corrected.");

        // When staff read its history
        var history = await service.Http.GetFromJsonAsync<JsonElement[]>($"/api/v1/signatories/staff/{id}/history");

        // Then every move is there, in order
        Assert.NotNull(history);
        Assert.Equal(["Applied", "Approved", "Suspended", "Approved"], history.Select(h => h.GetProperty("to").GetString()));
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("from").ValueKind);
        Assert.Equal("Approved", history[2].GetProperty("from").GetString());
        Assert.Equal("Misleading claims.", history[2].GetProperty("reason").GetString());
        Assert.Equal($"staff.tester@planet-techcare.example ({TestIdentity.AllScopesClient})", history[2].GetProperty("by").GetString());
        Assert.All(history, h => Assert.True(h.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Fact]
    public async Task Staff_update_a_signatorys_public_profile()
    {
        var id = await service.Http.ApprovedAsync();
        var name = Applications.UniqueName("Renommée");

        var response = await service.Http.PutAsJsonAsync($"/api/v1/signatories/staff/{id}/profile", new
        {
            legalName = name, website = "https://renamed.example", category = "association",
            sizeBand = "micro", region = "corse", publicDescription = "Nouvelle description.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await service.Http.GetFromJsonAsync<JsonElement>($"/api/v1/signatories/{id}");
        Assert.Equal(name, shown.GetProperty("name").GetString());
        Assert.Equal("corse", shown.GetProperty("region").GetString());
    }
}
