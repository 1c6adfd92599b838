using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanetTechCare.Signatories.Tests.Support;

namespace PlanetTechCare.Signatories.Tests;

/// <summary>Input the service cannot read or store (NUL, text where a number is expected, not JSON) is a 400 naming the field, never a 500.</summary>
[Collection(SignatoriesCollection.Name)]
public sealed class MalformedInputTests(SignatoriesFixture service)
{
    [Theory]
    [InlineData("q=%00", "q")]
    [InlineData("q=caf%C3%A9%00", "q")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("page=1.5", "page")]
    public async Task A_query_value_that_cannot_be_read_gets_400_naming_it(string query, string field)
    {
        var response = await service.Http.GetAsync($"/api/v1/signatories?{query}");

        await ProblemAssert.NamesFieldAsync(response, field);
    }

    [Theory]
    [InlineData("legalName")]
    [InlineData("contact.name")]
    [InlineData("signer.role")]
    [InlineData("publicDescription")]
    public async Task An_application_with_a_NUL_in_a_text_gets_400_naming_its_path(string field)
    {
        var name = Applications.UniqueName("Nul");
        var application = Applications.Valid(name: name);
        var path = field.Split('.');
        var holder = path.Length == 1 ? application : application[path[0]]!.AsObject();
        holder[path[^1]] = $"{holder[path[^1]]!.GetValue<string>()}\0";

        var response = await service.Http.ApplyAsync(application);

        await ProblemAssert.NamesFieldAsync(response, field);
        Assert.Equal(0, await service.CountAsync("SELECT count(*) FROM signatories WHERE legal_name LIKE @n", ("n", $"{name}%")));
    }

    [Fact]
    public async Task A_staff_decision_with_a_NUL_in_its_reason_gets_400_and_changes_nothing()
    {
        var id = await service.Http.AppliedAsync();

        var response = await service.Http.ActAsync(id, "reject", "Incomplete.\0");

        await ProblemAssert.NamesFieldAsync(response, "reason");
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM signatories WHERE id = @id AND status = 'Applied'", ("id", id)));
    }

    [Fact]
    public async Task A_profile_update_with_a_NUL_in_the_name_gets_400()
    {
        var id = await service.Http.ApprovedAsync();

        var response = await service.Http.PutAsJsonAsync($"/api/v1/signatories/staff/{id}/profile", new
        {
            legalName = "Renamed\0", category = "association", sizeBand = "sme", region = "bretagne",
        });

        await ProblemAssert.NamesFieldAsync(response, "legalName");
    }

    [Theory]
    [InlineData("{ \"legalName\": \"Broken\" ", "body")]
    [InlineData("not json at all", "body")]
    [InlineData("[1, 2, 3]", "body")]
    [InlineData("{ \"legalName\": 42 }", "legalName")]
    [InlineData("{ \"contact\": { \"email\": 42 } }", "contact.email")]
    [InlineData("{ \"consent\": \"yes\" }", "consent")]
    public async Task An_application_body_that_cannot_be_read_gets_400_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await service.Http.PostAsync("/api/v1/signatories/applications", content);

        await ProblemAssert.NamesFieldAsync(response, field);
    }

    [Fact]
    public async Task A_staff_decision_needs_no_body()
    {
        var id = await service.Http.AppliedAsync();

        var response = await service.Http.PostAsync($"/api/v1/signatories/staff/{id}/approve", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Approved", (await response.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_api_document_describes_the_list_filters()
    {
        var document = await service.Http.GetFromJsonAsync<JsonElement>("/api/v1/signatories/openapi/v1.json");

        var parameters = document.GetProperty("paths").GetProperty("/api/v1/signatories").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "category", "region", "q", "sort", "page", "pageSize" }, parameters.ToHashSet());
    }
}
