using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.EndToEnd.Tests.Support;
namespace PlanetTechCare.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GatewayRoutingTests(PlatformFixture platform)
{
    public static TheoryData<string> ServiceLists =>
    [
        "/api/v1/signatories",
        "/api/v1/workshops",
        "/api/v1/directory/listings",
        "/api/v1/content/items",
    ];

    [Theory]
    [MemberData(nameof(ServiceLists))]
    public async Task Every_service_answers_its_paged_list_through_the_gateway(string path)
    {
        var response = await platform.Gateway.GetAsync($"{path}?page=1&pageSize=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(5, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(JsonValueKind.Array, page.GetProperty("items").ValueKind);
        Assert.True(page.GetProperty("total").GetInt64() >= 0);
    }

    [Theory]
    [MemberData(nameof(ServiceLists))]
    public async Task A_page_size_over_the_maximum_gets_a_problem_naming_the_field(string path)
    {
        var response = await platform.Gateway.GetAsync($"{path}?pageSize=1000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task A_page_that_is_not_a_number_gets_a_problem_not_a_server_error()
    {
        var response = await platform.Gateway.GetAsync("/api/v1/signatories?page=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_path_outside_the_public_api_is_not_routed()
    {
        var response = await platform.Gateway.GetAsync("/api/v1/unknown");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_gateway_gives_every_response_a_correlation_id()
    {
        var response = await platform.Gateway.GetAsync("/api/v1/workshops");

        Assert.True(response.Headers.TryGetValues("X-Correlation-Id", out var values));
        Assert.False(string.IsNullOrWhiteSpace(values.Single()));
    }

    [Fact]
    public async Task The_gateway_keeps_the_callers_correlation_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/content/items");
        request.Headers.Add("X-Correlation-Id", "partner-call-42");

        var response = await platform.Gateway.SendAsync(request);

        Assert.Equal("partner-call-42", response.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task The_gateway_reports_its_own_health()
    {
        var response = await platform.Gateway.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
