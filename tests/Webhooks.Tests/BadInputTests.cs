using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
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
    [InlineData("""{"url":"https://example.org/\u0000","eventTypes":["workshop.held"]}""", "url")]
    [InlineData("""{"url":"https://example.org/x","eventTypes":["workshop.held\u0000"]}""", "eventTypes")]
    [InlineData("""{"url":"https://example.org/x","eventTypes":[null]}""", "eventTypes")]
    [InlineData("""{"url":42,"eventTypes":["workshop.held"]}""", "url")]
    public async Task Bad_subscriptions_get_a_validation_problem_and_nothing_is_created(string json, string field)
    {
        var before = await _driver.TotalSubscriptionsAsync();
        using var response = await _driver.Http.PostAsync($"{WebhooksDriver.Base}/subscriptions", new StringContent(json, Encoding.UTF8, "application/json"));
        await ProblemAssert.NamesFieldAsync(response, field);
        Assert.Equal(before, await _driver.TotalSubscriptionsAsync());
    }

    [Fact]
    public async Task An_over_long_idempotency_key_is_named_as_the_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{WebhooksDriver.Base}/subscriptions")
        {
            Content = JsonContent.Create(new { url = "https://example.org/x", eventTypes = new[] { "workshop.held" } }),
        };
        request.Headers.Add("Idempotency-Key", new string('k', 101));

        await ProblemAssert.NamesFieldAsync(await _driver.Http.SendAsync(request), "Idempotency-Key");
    }

    [Theory]
    [InlineData("subscriptions?owner=%00", "owner")]
    [InlineData("subscriptions?owner=a%01b", "owner")]
    [InlineData("subscriptions?status=sleeping", "status")]
    [InlineData("subscriptions?pageSize=101", "pageSize")]
    [InlineData("events?after=abc", "after")]
    [InlineData("events?after=-1", "after")]
    [InlineData("events?limit=501", "limit")]
    [InlineData("events/stream?after=abc", "after")]
    public async Task A_bad_list_filter_is_a_validation_problem_naming_it(string query, string field)
    {
        await ProblemAssert.NamesFieldAsync(await _driver.Http.GetAsync($"{WebhooksDriver.Base}/{query}"), field);
    }

    [Fact]
    public async Task An_over_long_owner_filter_is_a_validation_problem()
    {
        await ProblemAssert.NamesFieldAsync(await _driver.Http.GetAsync($"{WebhooksDriver.Base}/subscriptions?owner={new string('o', 201)}"), "owner");
    }

    [Theory]
    [InlineData("?since=yesterday")]
    [InlineData("")]
    public async Task Redelivery_since_needs_a_time(string query)
    {
        var (_, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.held");
        try
        {
            await ProblemAssert.NamesFieldAsync(await _driver.Http.PostAsync($"{WebhooksDriver.Base}/subscriptions/{subscription.Id}/redeliver{query}", null), "since");
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task The_api_document_lists_the_statuses_a_list_can_be_filtered_by()
    {
        using var response = await _driver.Http.GetAsync($"{WebhooksDriver.Base}/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paths").GetProperty($"{WebhooksDriver.Base}/subscriptions")
            .GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "status");
        Assert.Equal(["pending-verification", "active", "paused", "disabled"], status.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
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
