using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

[Collection(WebhooksCollection.Name)]
public sealed class RetryTests(WebhooksFixture fixture)
{
    private readonly WebhooksDriver _driver = new(fixture);

    [Fact]
    public async Task A_receiver_failing_three_times_gets_the_event_with_the_same_webhook_id()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var attempts = new ConcurrentDictionary<string, int>();
        _driver.Receiver.Behave(name, received => Task.FromResult(TestReceiver.IsVerification(received) || attempts.AddOrUpdate(received.Id!, 1, (_, n) => n + 1) > 3
            ? TestReceiver.EchoOrAccept(received)
            : Results.StatusCode(StatusCodes.Status500InternalServerError)));
        var subscription = await _driver.SubscribeAsync(url, "workshop.held");
        try
        {
            var held = WebhooksDriver.Held();
            await _driver.PublishAsync(held);
            await WebhooksDriver.WaitAsync(() => attempts.GetValueOrDefault(held.EventId.ToString()) >= 4, "the fourth attempt is made");

            var received = _driver.Receiver.EventsOf(name);
            Assert.Equal(4, received.Count);
            Assert.All(received, r => Assert.Equal(held.EventId.ToString(), r.Id));
            Assert.All(received, r => Assert.Equal(WebhooksDriver.ExpectedSignature(subscription.Secret!, r), r.Signature));
            Assert.Single(received.Select(r => r.Body).Distinct());

            DeliveryDto? delivery = null;
            await WebhooksDriver.WaitAsync(() => (delivery = _driver.DeliveriesAsync(subscription.Id).GetAwaiter().GetResult().Single()).Status == "succeeded",
                "the delivery is recorded as succeeded");
            Assert.Equal(4, delivery!.Attempts);
            Assert.Equal(204, delivery.LastResponseCode);
            Assert.NotNull(delivery.LastLatencyMs);
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task Gone_disables_the_subscription_at_once()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.held");
        _driver.Receiver.Behave(name, _ => Task.FromResult(Results.StatusCode(StatusCodes.Status410Gone)));
        try
        {
            var held = WebhooksDriver.Held();
            await _driver.PublishAsync(held);
            await Eventually.HoldsAsync(async () => (await _driver.GetAsync(subscription.Id)).Status == "disabled", "410 disables the subscription");

            Assert.Single(_driver.Receiver.EventsOf(name));
            var delivery = Assert.Single(await _driver.DeliveriesAsync(subscription.Id));
            Assert.Equal("failed", delivery.Status);
            Assert.Equal(410, delivery.LastResponseCode);
            Assert.Contains("410", (await _driver.GetAsync(subscription.Id)).StatusReason, StringComparison.Ordinal);
            await WebhooksDriver.WaitAsync(() => fixture.Disabled.Any(d => d.SubscriptionId == subscription.Id), "staff are told through an integration event");
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task A_subscription_whose_deliveries_all_fail_for_the_configured_period_is_disabled()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.cancelled");
        _driver.Receiver.Behave(name, _ => Task.FromResult(Results.StatusCode(StatusCodes.Status404NotFound)));
        try
        {
            await _driver.PublishAsync(WebhooksDriver.Cancelled());
            await Eventually.HoldsAsync(async () => (await _driver.DeliveriesAsync(subscription.Id)).SingleOrDefault()?.Status == "failed", "the first delivery fails");
            Assert.Equal("active", (await _driver.GetAsync(subscription.Id)).Status);

            await Task.Delay(TimeSpan.FromSeconds(2.5)); // the fixture's Webhooks:DisableAfterFailingFor is 2 s
            await _driver.PublishAsync(WebhooksDriver.Cancelled());
            await Eventually.HoldsAsync(async () => (await _driver.GetAsync(subscription.Id)).Status == "disabled", "failing for the whole period disables it");
            var disabled = (await _driver.GetAsync(subscription.Id)).StatusReason;
            Assert.Contains("failed", disabled, StringComparison.Ordinal);
            await WebhooksDriver.WaitAsync(() => fixture.Disabled.Any(d => d.SubscriptionId == subscription.Id && d.TargetUrl == url), "staff are told");

            using var resumed = await _driver.Http.PostAsync($"{WebhooksDriver.Base}/subscriptions/{subscription.Id}/resume", null);
            Assert.Equal(System.Net.HttpStatusCode.OK, resumed.StatusCode);
            Assert.Equal("active", (await _driver.GetAsync(subscription.Id)).Status);
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task Other_client_errors_fail_the_delivery_without_retry()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.held");
        _driver.Receiver.Behave(name, _ => Task.FromResult(Results.StatusCode(StatusCodes.Status400BadRequest)));
        try
        {
            var held = WebhooksDriver.Held();
            await _driver.PublishAsync(held);
            await Eventually.HoldsAsync(async () => (await _driver.DeliveriesAsync(subscription.Id)).SingleOrDefault()?.Status == "failed", "400 fails the delivery");
            await Task.Delay(1500);
            Assert.Single(_driver.Receiver.EventsOf(name));
            Assert.Equal("active", (await _driver.GetAsync(subscription.Id)).Status);
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }
}
