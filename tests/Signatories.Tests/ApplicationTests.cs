using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.Signatories.Tests.Support;

namespace PlanetTechCare.Signatories.Tests;

[Collection(SignatoriesCollection.Name)]
public sealed class ApplicationTests(SignatoriesFixture service)
{
    [Fact]
    public async Task A_valid_application_is_stored_as_pending_and_shows_in_the_staff_queue()
    {
        // Given a valid application
        var application = Applications.Valid();

        // When it is submitted
        var response = await service.Http.ApplyAsync(application);

        // Then it is created, pending, and staff see it in their queue
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.JsonAsync();
        var id = receipt.GetProperty("id").GetGuid();
        Assert.Equal("Applied", receipt.GetProperty("status").GetString());
        Assert.EndsWith($"/api/v1/signatories/staff/{id}", response.Headers.Location?.ToString());
        var pending = await service.Http.GetFromJsonAsync<JsonElement>("/api/v1/signatories/staff/pending?pageSize=100");
        Assert.Contains(pending.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task An_application_records_the_manifesto_version_signed_the_signer_and_the_consent()
    {
        var id = await service.Http.AppliedAsync();

        var details = await service.Http.GetFromJsonAsync<JsonElement>($"/api/v1/signatories/staff/{id}");

        var manifesto = await service.Http.GetFromJsonAsync<JsonElement>("/api/v1/signatories/manifesto");
        Assert.Equal(manifesto.GetProperty("version").GetInt32(), details.GetProperty("manifestoVersion").GetInt32());
        Assert.Equal("Claude Dupont", details.GetProperty("signer").GetProperty("name").GetString());
        Assert.Equal("CEO", details.GetProperty("signer").GetProperty("role").GetString());
        Assert.Equal(1, await service.CountAsync(
            "SELECT count(*) FROM signatories WHERE id = @id AND signature_consent AND signature_signed_at IS NOT NULL", ("id", id)));
    }

    [Fact]
    public async Task The_current_manifesto_is_published_in_french_and_english()
    {
        var manifesto = await service.Http.GetFromJsonAsync<JsonElement>("/api/v1/signatories/manifesto");

        Assert.True(manifesto.GetProperty("version").GetInt32() >= 1);
        Assert.Contains("manifeste", manifesto.GetProperty("text").GetProperty("fr").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("manifesto", manifesto.GetProperty("text").GetProperty("en").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_school_applies_with_its_curriculum_commitment()
    {
        var id = await service.Http.AppliedAsync(Applications.Valid(category: "school-or-training-body"));

        var details = await service.Http.GetFromJsonAsync<JsonElement>($"/api/v1/signatories/staff/{id}");

        Assert.Equal("Un module par cursus.", details.GetProperty("curriculumCommitment").GetString());
    }

    [Fact]
    public async Task A_foreign_organisation_applies_with_its_registration_id()
    {
        var application = Applications.Valid();
        application.Remove("siren");
        application["foreignRegistrationId"] = $"BE-{Guid.NewGuid():N}"[..20];
        application["region"] = "outside-france";

        var response = await service.Http.ApplyAsync(application);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_answers_the_first_application_and_stores_nothing_more()
    {
        var application = Applications.Valid();
        var key = Guid.NewGuid().ToString();
        var first = await (await service.Http.ApplyAsync(application, key)).JsonAsync();

        var retry = await service.Http.ApplyAsync(application, key);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM signatories WHERE siren = @s", ("s", application["siren"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_retry_of_the_same_application_without_a_key_answers_the_first_one()
    {
        var application = Applications.Valid();
        var id = await service.Http.AppliedAsync(application);

        var retry = await service.Http.ApplyAsync(application);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(id, (await retry.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_second_live_application_for_the_same_siren_gets_409_with_a_link_to_the_first()
    {
        // Given an organisation that already applied
        var siren = Applications.NewSiren();
        var first = await service.Http.AppliedAsync(Applications.Valid(siren));

        // When someone else applies for the same SIREN with another name
        var second = await service.Http.ApplyAsync(Applications.Valid(siren));

        // Then it is refused with a link to the first application, and nothing more is stored
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.JsonAsync();
        Assert.EndsWith($"/api/v1/signatories/staff/{first}", problem.GetProperty("existing").GetString());
        Assert.EndsWith($"/api/v1/signatories/staff/{first}", second.Headers.Location?.ToString());
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM signatories WHERE siren = @s", ("s", siren)));
    }

    [Fact]
    public async Task An_approved_organisation_cannot_apply_again_for_the_same_siren()
    {
        var siren = Applications.NewSiren();
        await service.Http.ApprovedAsync(Applications.Valid(siren));

        var again = await service.Http.ApplyAsync(Applications.Valid(siren));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task An_organisation_can_apply_again_once_its_application_was_rejected()
    {
        var siren = Applications.NewSiren();
        var first = await service.Http.AppliedAsync(Applications.Valid(siren));
        await service.Http.ActAsync(first, "reject", "Incomplete application.");

        var again = await service.Http.ApplyAsync(Applications.Valid(siren));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task Concurrent_applications_for_the_same_siren_store_only_one()
    {
        var siren = Applications.NewSiren();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => service.Http.ApplyAsync(Applications.Valid(siren))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM signatories WHERE siren = @s", ("s", siren)));
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_another_application_gets_409()
    {
        var key = Guid.NewGuid().ToString();
        await service.Http.ApplyAsync(Applications.Valid(), key);
        var other = Applications.Valid();

        var response = await service.Http.ApplyAsync(other, key);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, await service.CountAsync("SELECT count(*) FROM signatories WHERE siren = @s", ("s", other["siren"]!.GetValue<string>())));
    }

    [Fact]
    public async Task An_over_long_idempotency_key_gets_400_naming_the_header()
    {
        var response = await service.Http.ApplyAsync(Applications.Valid(), new string('k', 101));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }
}
