using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PlanetTechCare.Signatories.Tests.Support;

namespace PlanetTechCare.Signatories.Tests;

[Collection(SignatoriesCollection.Name)]
public sealed class ValidationTests(SignatoriesFixture service)
{
    public static TheoryData<string, string, string?> BadFields => new()
    {
        // case, field expected in errors, JSON value to set (null removes the field)
        { "SIREN whose check digit is wrong", "siren", "\"123456789\"" },
        { "SIREN with letters", "siren", "\"12345678A\"" },
        { "SIREN too short", "siren", "\"12345674\"" },
        { "no SIREN nor foreign id", "siren", null },
        { "consent missing", "consent", null },
        { "consent refused", "consent", "false" },
        { "consent of the wrong type", "consent", "\"yes\"" },
        { "unknown category", "category", "\"multinational\"" },
        { "unknown region", "region", "\"atlantis\"" },
        { "unknown size band", "sizeBand", "\"huge\"" },
        { "legal name missing", "legalName", null },
        { "legal name too long", "legalName", $"\"{new string('a', 201)}\"" },
        { "description too long", "publicDescription", $"\"{new string('a', 2001)}\"" },
        { "website not a URL", "website", "\"not a url\"" },
        { "manifesto version not current", "manifestoVersion", "99" },
        { "manifesto version of the wrong type", "manifestoVersion", "\"one\"" },
        { "contact missing", "contact", null },
        { "contact e-mail not an address", "contact.email", "{ \"name\": \"A\", \"role\": \"B\", \"email\": \"A <a@example.fr>\" }" },
        { "signer missing", "signer", null },
        { "language not served", "language", "\"de\"" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task An_invalid_application_gets_400_naming_the_field_and_stores_nothing(string because, string field, string? json)
    {
        // Given an application with one bad field
        var name = Applications.UniqueName("Invalide");
        var application = Applications.Valid(name: name);
        var property = field.Split('.')[0];
        if (json is null)
        {
            application.Remove(property);
            if (property == "siren")
            {
                application.Remove("foreignRegistrationId");
            }
        }
        else
        {
            application[property] = JsonNode.Parse(json);
        }

        // When it is submitted
        var response = await service.Http.ApplyAsync(application);

        // Then it gets a problem naming the field, and neither a row nor an event is stored
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, because);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{because}: {problem}");
        await AssertNothingStoredAsync(name);
        if (application["siren"]?.GetValue<string>() is { } siren)
        {
            Assert.Equal(0, await service.CountAsync("SELECT count(*) FROM signatories WHERE siren = @s", ("s", siren)));
        }
    }

    [Fact]
    public async Task A_school_without_its_curriculum_commitment_gets_400()
    {
        var name = Applications.UniqueName("École");
        var application = Applications.Valid(name: name, category: "school-or-training-body");
        application.Remove("curriculumCommitment");

        var response = await service.Http.ApplyAsync(application);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("curriculumCommitment", out _));
        await AssertNothingStoredAsync(name);
    }

    [Theory]
    [InlineData("{ \"legalName\": \"Broken")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("null")]
    [InlineData("")]
    public async Task A_malformed_body_gets_a_400_problem_not_a_server_error(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await service.Http.PostAsync("/api/v1/signatories/applications", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task A_rejection_without_a_reason_gets_400_and_changes_nothing()
    {
        var id = await service.Http.AppliedAsync();

        var response = await service.Http.ActAsync(id, "reject");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM signatories WHERE id = @id AND status = 'Applied'", ("id", id)));
    }

    [Fact]
    public async Task A_staff_decision_with_a_malformed_body_gets_400()
    {
        var id = await service.Http.AppliedAsync();
        using var content = new StringContent("{ \"reason\": 42 }", Encoding.UTF8, "application/json");

        var response = await service.Http.PostAsync($"/api/v1/signatories/staff/{id}/reject", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task A_profile_update_with_an_unknown_category_gets_400_and_changes_nothing()
    {
        var id = await service.Http.ApprovedAsync();

        var response = await service.Http.PutAsJsonAsync($"/api/v1/signatories/staff/{id}/profile", new
        {
            legalName = "Renamed", category = "multinational", sizeBand = "sme", region = "bretagne",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("category", out _));
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM signatories WHERE id = @id AND version = 2", ("id", id)));
    }

    private async Task AssertNothingStoredAsync(string name)
    {
        Assert.Equal(0, await service.CountAsync("SELECT count(*) FROM signatories WHERE legal_name = @n", ("n", name)));
        Assert.Equal(0, await service.CountAsync(
            "SELECT count(*) FROM outbox_messages WHERE payload::text LIKE @n", ("n", $"%{name}%")));
    }
}
