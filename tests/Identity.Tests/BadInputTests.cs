using System.Net;
using System.Text.Json;
using PlanetTechCare.Identity.Tests.Support;

namespace PlanetTechCare.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class BadInputTests(IdentityFixture fixture)
{
    private readonly AdminApi _admin = new(fixture);

    public static TheoryData<string, string> BadClients => new()
    {
        { """{"displayName":"","organisationName":"{org}","scopes":["workshops.read"]}""", "displayName" },
        { """{"displayName":"Sync","organisationName":"{org}","scopes":["admin"]}""", "scopes" },
        { """{"displayName":"Sync","organisationName":"{org}","scopes":["notifications.read"]}""", "scopes" },
        { """{"displayName":"Sync","organisationName":"{org}","scopes":["payroll.read"]}""", "scopes" },
        { """{"displayName":"Sync","organisationName":"{org}","scopes":[]}""", "scopes" },
        { """{"displayName":"Sync","organisationName":"{org}","scopes":"workshops.read"}""", "scopes" },
        { """{"displayName":"Sync","organisationName":"{org}" """, "body" },
        { """{"displayName":"Sync","organisationName":"{org}","scopes":["webhooks.manage"],"partnerId":"00000000-0000-0000-0000-000000000000"}""", "partnerId" },
        { """{"displayName":"Sync","organisationName":"{org}","scopes":["webhooks.manage"],"partnerId":"afnum"}""", "partnerId" },
        { """{"displayName":"Sync\u0000","organisationName":"{org}","scopes":["workshops.read"]}""", "displayName" },
        { """{"displayName":"Sync","organisationName":"{org}\u001b[31m","scopes":["workshops.read"]}""", "organisationName" },
        { """{"displayName":"Sync","organisationName":"{org}","scopes":["workshops.read",null]}""", "scopes" },
        { """{"displayName":"Sync","organisationName":"{org}"}""", "scopes" },
        { "not json at all {org}", "body" },
    };

    [Theory]
    [MemberData(nameof(BadClients))]
    public async Task Bad_client_is_a_validation_problem_and_creates_nothing(string body, string field)
    {
        var organisation = $"Bad input {Guid.NewGuid():N}";

        using var response = await _admin.SendAsync(HttpMethod.Post, "/api/v1/identity/clients", body.Replace("{org}", organisation, StringComparison.Ordinal));

        await ProblemAssert.NamesFieldAsync(response, field);
        var list = await _admin.SendForJsonAsync(HttpMethod.Get, "/api/v1/identity/clients?pageSize=100");
        Assert.DoesNotContain(organisation, list.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-email", "staff", "email")]
    [InlineData("Someone <{email}>", "staff", "email")]
    [InlineData("{email}\u0000", "staff", "email")]
    [InlineData("{email}", "superuser", "role")]
    public async Task Bad_staff_account_is_a_validation_problem_and_creates_nothing(string email, string role, string field)
    {
        var address = $"bad-{Guid.NewGuid():N}@planet-techcare.test";

        using var response = await _admin.SendAsync(HttpMethod.Post, "/api/v1/identity/staff",
            new { email = email.Replace("{email}", address, StringComparison.Ordinal), displayName = "Someone", role });

        await ProblemAssert.NamesFieldAsync(response, field);
        var list = await _admin.SendForJsonAsync(HttpMethod.Get, "/api/v1/identity/staff?pageSize=100");
        Assert.DoesNotContain(address, list.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_Identity_refuses_as_a_user_name_is_a_validation_problem_with_its_description_and_creates_nothing()
    {
        var address = $"o'brien-{Guid.NewGuid():N}@planet-techcare.test";

        using var response = await _admin.SendAsync(HttpMethod.Post, "/api/v1/identity/staff", new { email = address, displayName = "Siobhán O'Brien", role = "staff" });

        await ProblemAssert.NamesFieldAsync(response, "email");
        var errors = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()).GetProperty("errors");
        var message = Assert.Single(errors.GetProperty("email").EnumerateArray());
        Assert.Equal($"Username '{address}' is invalid, can only contain letters or digits.", message.GetString());
        var list = await _admin.SendForJsonAsync(HttpMethod.Get, "/api/v1/identity/staff?pageSize=100");
        Assert.DoesNotContain(address, list.GetProperty("items").EnumerateArray().Select(account => account.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task Over_long_idempotency_key_is_a_validation_problem_and_creates_nothing()
    {
        var organisation = $"Bad key {Guid.NewGuid():N}";

        using var response = await _admin.SendAsync(HttpMethod.Post, "/api/v1/identity/clients",
            new { displayName = "Sync", organisationName = organisation, scopes = new[] { "workshops.read" } }, idempotencyKey: new string('k', 101));

        await ProblemAssert.NamesFieldAsync(response, "Idempotency-Key");
        var list = await _admin.SendForJsonAsync(HttpMethod.Get, "/api/v1/identity/clients?pageSize=100");
        Assert.DoesNotContain(organisation, list.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_size_over_the_maximum_is_a_validation_problem()
    {
        using var response = await _admin.SendAsync(HttpMethod.Get, "/api/v1/identity/clients?pageSize=1000");

        await ProblemAssert.NamesFieldAsync(response, "pageSize");
    }

    [Fact]
    public async Task Page_size_that_is_not_a_number_is_a_validation_problem_without_exception_details()
    {
        using var response = await _admin.SendAsync(HttpMethod.Get, "/api/v1/identity/staff?pageSize=abc");

        await ProblemAssert.NamesFieldAsync(response, "pageSize");
    }

    [Fact]
    public async Task The_api_document_is_served()
    {
        using var response = await fixture.Http.GetAsync("/api/v1/identity/openapi/v1.json");

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Contains("\"/api/v1/identity/clients\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
