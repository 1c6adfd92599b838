using System.Net;
using System.Net.Http.Json;
using System.Text;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

[Collection(WebhooksCollection.Name)]
public sealed class BadInputTests(WebhooksFixture fixture)
{
    private readonly WebhooksDriver _driver = new(fixture);

    [Theory]
    [InlineData("""{"eventTypes":["workshop.held"]}""", "url")]
    [InlineData("""{"url":"not a url","eventTypes":["workshop.held"]}""", "url")]
    [InlineData("""{"url":"ftp://example.org/x","eventTypes":["workshop.held"]}""", "url")]
    [InlineData("""{"url":"https://example.org/x"}""", "eventTypes")]
    [InlineData("""{"url":"https://example.org/x","eventTypes":[]}""", "eventTypes")]
    [InlineData("""{"url":"https://example.org/x","eventTypes":["workshop.exploded"]}""", "eventTypes")]
    [InlineData("""{"url":"https://example.org/x","eventTypes":"workshop.held"}""", "eventTypes")]
    [InlineData("""{"url":""", "url")]
    [InlineData("""not json""", "body")]
    public async Task Bad_subscriptions_get_a_validation_problem_and_nothing_is_created(string json, string field)
    {
        var before = await _driver.TotalSubscriptionsAsync();
        using var response = await _driver.Http.PostAsync($"{WebhooksDriver.Base}/subscriptions", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await _driver.TotalSubscriptionsAsync());
    }

    [Fact]
    public async Task Redelivery_since_needs_a_time()
    {
        var (_, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.held");
        try
        {
            using var response = await _driver.Http.PostAsync($"{WebhooksDriver.Base}/subscriptions/{subscription.Id}/redeliver?since=yesterday", null);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task Unknown_subscriptions_are_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _driver.Http.GetAsync($"{WebhooksDriver.Base}/subscriptions/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _driver.Http.PostAsync($"{WebhooksDriver.Base}/deliveries/{Guid.NewGuid()}/redeliver", null)).StatusCode);
    }

    [Fact]
    public async Task The_registration_wildcard_subscribes_to_every_registration_event()
    {
        var (_, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "registration.*", "workshop.held");
        try
        {
            Assert.Equal(
                ["workshop.held", "registration.confirmed", "registration.waitlisted", "registration.promoted", "registration.cancelled"],
                subscription.EventTypes);
            Assert.Null((await _driver.Http.GetFromJsonAsync<SubscriptionDto>($"{WebhooksDriver.Base}/subscriptions/{subscription.Id}"))!.Secret);
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }
}
