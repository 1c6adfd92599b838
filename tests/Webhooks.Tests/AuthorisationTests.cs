using System.Net;
using System.Net.Http.Headers;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

[Collection(WebhooksCollection.Name)]
public sealed class AuthorisationTests(WebhooksFixture fixture)
{
    [Theory]
    [InlineData("GET", "/api/v1/webhooks/subscriptions")]
    [InlineData("POST", "/api/v1/webhooks/subscriptions")]
    [InlineData("GET", "/api/v1/webhooks/events")]
    [InlineData("GET", "/api/v1/webhooks/events/stream")]
    public async Task Without_a_token_or_with_a_token_lacking_webhooks_manage_the_service_answers_401(string method, string path)
    {
        using var anonymous = fixture.App.CreateHttpClient("webhooks");
        using (var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using var contentOnly = fixture.App.CreateHttpClient("webhooks");
        contentOnly.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", await fixture.Identity.TokenAsync(fixture.App, TestIdentity.ContentOnlyClient));
        using (var response = await contentOnly.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)))
        {
            // Only webhooks.manage makes a token meant for the webhooks resource (its audience), so any
            // other token is not for this service at all; the gateway answers such a token 403.
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
