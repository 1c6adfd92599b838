using System.Text.Json;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

[Collection(WebhooksCollection.Name)]
public sealed class SignedDeliveryTests(WebhooksFixture fixture)
{
    private readonly WebhooksDriver _driver = new(fixture);

    [Fact]
    public async Task An_event_arrives_as_a_signed_CloudEvent()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.cancelled");
        Assert.Equal("active", subscription.Status);
        Assert.StartsWith("whsec_", subscription.Secret, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(subscription.Secret!["whsec_".Length..]).Length);
        try
        {
            var cancelled = WebhooksDriver.Cancelled();
            await _driver.PublishAsync(cancelled);
            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Any(r => r.Id == cancelled.EventId.ToString()), "the event is delivered");

            var received = _driver.Receiver.EventsOf(name).Single(r => r.Id == cancelled.EventId.ToString());
            Assert.Equal("application/cloudevents+json", received.ContentType);
            Assert.Equal(WebhooksDriver.ExpectedSignature(subscription.Secret!, received), received.Signature);
            Assert.InRange(long.Parse(received.Timestamp!, System.Globalization.CultureInfo.InvariantCulture),
                DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());

            var cloudEvent = JsonDocument.Parse(received.Body).RootElement;
            Assert.Equal("1.0", cloudEvent.GetProperty("specversion").GetString());
            Assert.Equal(cancelled.EventId.ToString(), cloudEvent.GetProperty("id").GetString());
            Assert.Equal("org.planet-techcare.workshop.cancelled", cloudEvent.GetProperty("type").GetString());
            Assert.Equal("https://planet-techcare.example/workshops", cloudEvent.GetProperty("source").GetString());
            Assert.Equal(cancelled.OccurredAt, cloudEvent.GetProperty("time").GetDateTimeOffset());
            Assert.Equal(cancelled.WorkshopId, cloudEvent.GetProperty("data").GetProperty("workshopId").GetGuid());

            var delivery = Assert.Single(await _driver.DeliveriesAsync(subscription.Id), d => d.EventId == cancelled.EventId);
            Assert.Equal("succeeded", delivery.Status);
            Assert.Equal(1, delivery.Attempts);
            Assert.Equal(204, delivery.LastResponseCode);
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task An_event_published_twice_is_delivered_once()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.cancelled");
        try
        {
            var cancelled = WebhooksDriver.Cancelled();
            await _driver.PublishAsync(cancelled);
            await _driver.PublishAsync(cancelled);
            var marker = WebhooksDriver.Cancelled();
            await _driver.PublishAsync(marker);
            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Any(r => r.Id == marker.EventId.ToString()), "a later event is delivered");
            await _driver.WaitForFeedAsync(cancelled.EventId);
            await Task.Delay(TimeSpan.FromSeconds(1));

            Assert.Single(_driver.Receiver.EventsOf(name), r => r.Id == cancelled.EventId.ToString());
            Assert.Single(await _driver.DeliveriesAsync(subscription.Id), d => d.EventId == cancelled.EventId);
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task Events_of_types_not_subscribed_are_not_sent()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.held");
        try
        {
            var cancelled = WebhooksDriver.Cancelled();
            var held = WebhooksDriver.Held();
            await _driver.PublishAsync(cancelled);
            await _driver.PublishAsync(held);
            await _driver.WaitForFeedAsync(cancelled.EventId);
            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Any(r => r.Id == held.EventId.ToString()), "the held event is delivered");
            Assert.DoesNotContain(_driver.Receiver.EventsOf(name), r => r.Id == cancelled.EventId.ToString());
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }
}
