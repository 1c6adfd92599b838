using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

/// <summary>"Send a test event": an app checks its receiver before real events flow.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class TestEventTests(WebhooksFixture fixture)
{
    private readonly WebhooksDriver _driver = new(fixture);

    [Fact]
    public async Task A_test_event_arrives_signed_and_is_logged_as_a_delivery_but_not_written_to_the_feed()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.held");
        try
        {
            var feedEnd = await _driver.FeedEndAsync();
            using var response = await SendTestAsync(_driver.Http, subscription.Id, Guid.NewGuid().ToString());

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Equal($"{WebhooksDriver.Base}/subscriptions/{subscription.Id}/deliveries", response.Headers.Location?.OriginalString);
            var queued = (await response.Content.ReadFromJsonAsync<DeliveryDto>())!;
            Assert.Equal("webhook.test", queued.EventType);
            Assert.Equal("pending", queued.Status);
            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Any(r => r.Id == queued.EventId.ToString()), "the test event is delivered");

            var received = Assert.Single(_driver.Receiver.EventsOf(name));
            Assert.Equal("application/cloudevents+json", received.ContentType);
            Assert.Equal(WebhooksDriver.ExpectedSignature(subscription.Secret!, received), received.Signature);
            var cloudEvent = JsonDocument.Parse(received.Body).RootElement;
            Assert.Equal("1.0", cloudEvent.GetProperty("specversion").GetString());
            Assert.Equal(queued.EventId.ToString(), cloudEvent.GetProperty("id").GetString());
            Assert.Equal("org.planet-techcare.webhook.test", cloudEvent.GetProperty("type").GetString());
            Assert.Equal("https://planet-techcare.example/webhooks", cloudEvent.GetProperty("source").GetString());
            Assert.Equal(subscription.Id, cloudEvent.GetProperty("data").GetProperty("subscriptionId").GetGuid());
            Assert.Contains("test event", cloudEvent.GetProperty("data").GetProperty("message").GetString(), StringComparison.Ordinal);

            await Eventually.HoldsAsync(async () => (await _driver.DeliveriesAsync(subscription.Id)).SingleOrDefault() is
                { EventType: "webhook.test", Status: "succeeded", Attempts: 1, LastResponseCode: 204 }, "the log shows the test delivery succeeded");
            Assert.DoesNotContain(queued.EventId.ToString(), await _driver.FeedEventIdsAfterAsync(feedEnd));
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task A_test_request_retried_with_the_same_Idempotency_Key_sends_one_event()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.held");
        try
        {
            var key = Guid.NewGuid().ToString();
            using var first = await SendTestAsync(_driver.Http, subscription.Id, key);
            using var retried = await SendTestAsync(_driver.Http, subscription.Id, key);
            using var another = await SendTestAsync(_driver.Http, subscription.Id, Guid.NewGuid().ToString());

            var firstDelivery = (await first.Content.ReadFromJsonAsync<DeliveryDto>())!;
            Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
            var retriedDelivery = (await retried.Content.ReadFromJsonAsync<DeliveryDto>())!;
            Assert.Equal(firstDelivery.Id, retriedDelivery.Id);
            Assert.Equal(firstDelivery.EventId, retriedDelivery.EventId);
            var anotherDelivery = (await another.Content.ReadFromJsonAsync<DeliveryDto>())!;
            Assert.NotEqual(firstDelivery.EventId, anotherDelivery.EventId);
            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Any(r => r.Id == anotherDelivery.EventId.ToString()), "the other test is delivered");
            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Any(r => r.Id == firstDelivery.EventId.ToString()), "the first test is delivered");
            await Task.Delay(TimeSpan.FromSeconds(1));

            Assert.Equal(2, _driver.Receiver.EventsOf(name).Count);
            Assert.Equal(2, (await _driver.DeliveriesAsync(subscription.Id)).Count);
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task A_test_event_the_receiver_refuses_at_first_is_retried_with_the_same_webhook_id()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var attempts = new ConcurrentDictionary<string, int>();
        _driver.Receiver.Behave(name, received => Task.FromResult(TestReceiver.IsVerification(received) || attempts.AddOrUpdate(received.Id!, 1, (_, n) => n + 1) > 2
            ? TestReceiver.EchoOrAccept(received)
            : Results.StatusCode(StatusCodes.Status503ServiceUnavailable)));
        var subscription = await _driver.SubscribeAsync(url, "workshop.held");
        try
        {
            using var response = await SendTestAsync(_driver.Http, subscription.Id, null);
            var queued = (await response.Content.ReadFromJsonAsync<DeliveryDto>())!;

            await Eventually.HoldsAsync(async () => (await _driver.DeliveriesAsync(subscription.Id)).Single() is { Status: "succeeded", Attempts: 3 },
                "the third attempt succeeds");
            var received = _driver.Receiver.EventsOf(name);
            Assert.Equal(3, received.Count);
            Assert.All(received, r => Assert.Equal(queued.EventId.ToString(), r.Id));
            Assert.All(received, r => Assert.Equal(WebhooksDriver.ExpectedSignature(subscription.Secret!, r), r.Signature));
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task Only_the_owner_may_test_a_subscription_and_only_once_it_is_verified()
    {
        using var partnerHttp = await fixture.AppAsync(TestIdentity.PartnerAppClient);
        using var otherHttp = await fixture.AppAsync(TestIdentity.OtherPartnerAppClient);
        var partner = new WebhooksDriver(fixture, partnerHttp);
        var (name, url) = partner.Receiver.NewTarget();
        partner.Receiver.Behave(name, _ => Task.FromResult(Results.Ok(new { challenge = "something else" })));
        var subscription = await partner.SubscribeAsync(url, "workshop.held");
        try
        {
            using (var stranger = await SendTestAsync(otherHttp, subscription.Id, null))
            {
                Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
            }

            using var pending = await SendTestAsync(partnerHttp, subscription.Id, null);
            Assert.Equal(HttpStatusCode.Conflict, pending.StatusCode);
            Assert.Equal("application/problem+json", pending.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await pending.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("https://planet-techcare.example/problems/invalid-transition", problem.GetProperty("type").GetString());
            Assert.Contains("pending-verification", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Empty(await partner.DeliveriesAsync(subscription.Id));
            Assert.Empty(partner.Receiver.EventsOf(name));
        }
        finally
        {
            await partner.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task An_Idempotency_Key_over_100_characters_is_refused_naming_the_header()
    {
        var (_, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.held");
        try
        {
            using var response = await SendTestAsync(_driver.Http, subscription.Id, new string('k', 101));

            await ProblemAssert.NamesFieldAsync(response, "Idempotency-Key");
            Assert.Empty(await _driver.DeliveriesAsync(subscription.Id));
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    private static async Task<HttpResponseMessage> SendTestAsync(HttpClient http, Guid subscriptionId, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{WebhooksDriver.Base}/subscriptions/{subscriptionId}/test");
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return await http.SendAsync(request);
    }
}
