using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.EndToEnd.Tests.Support;
namespace PlanetTechCare.EndToEnd.Tests;

/// <summary>Rate limits, body limit, CORS and security headers at the gateway (each test uses its own counters).</summary>
public sealed class GatewaySecurityTests(GatewaySecurityFixture fixture) : IClassFixture<GatewaySecurityFixture>
{
    [Fact]
    public async Task Public_writes_over_the_limit_get_429_with_Retry_After_and_a_problem()
    {
        using var gateway = fixture.Gateway();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < GatewaySecurityFixture.PublicWriteLimit + 1; i++)
        {
            last = await gateway.PostAsJsonAsync("/api/v1/signatories/applications", new { });
            statuses.Add(last.StatusCode);
        }

        Assert.All(statuses.Take(GatewaySecurityFixture.PublicWriteLimit), status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After gives a delay in seconds.");
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await last.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Each_client_has_its_own_limit_and_anonymous_calls_are_counted_apart()
    {
        using var client = fixture.Gateway();
        await fixture.Identity.AuthorizeAsync(client, fixture.App);
        using var otherClient = fixture.Gateway();
        otherClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", await fixture.Identity.TokenAsync(fixture.App, TestIdentity.SignatoriesReadOnlyClient));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < GatewaySecurityFixture.ClientLimit + 1; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/signatories/staff/pending")).StatusCode);
        }

        Assert.All(statuses.Take(GatewaySecurityFixture.ClientLimit), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await otherClient.GetAsync("/api/v1/signatories/staff/pending")).StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        using var gateway = fixture.Gateway();
        var huge = new string('a', GatewaySecurityFixture.MaxBodyBytes * 2);

        // A public route of its own, so that the public-writes counter is left to its test.
        var response = await gateway.PostAsJsonAsync("/api/v1/signatories", new { organisationName = huge });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(GatewaySecurityFixture.DashboardOrigin, true)]
    [InlineData("http://elsewhere.test", false)]
    public async Task Only_the_dashboard_origin_may_call_from_a_browser(string origin, bool allowed)
    {
        using var gateway = fixture.Gateway();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/signatories/staff/pending");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization");

        var response = await gateway.SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }

    [Fact]
    public async Task Answers_carry_security_headers()
    {
        using var gateway = fixture.Gateway();

        var response = await gateway.GetAsync("/api/v1/signatories");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
