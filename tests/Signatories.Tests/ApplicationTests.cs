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
}
