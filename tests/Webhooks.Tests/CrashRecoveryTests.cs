using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

[Collection(WebhooksCollection.Name)]
public sealed class CrashRecoveryTests(WebhooksFixture fixture)
{
    private const int EventCount = 12;
    private readonly WebhooksDriver _driver = new(fixture);

    [Fact]
    public async Task Killing_the_service_mid_delivery_loses_no_event()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.cancelled");
        _driver.Receiver.Behave(name, async received =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1500));
            return TestReceiver.EchoOrAccept(received);
        });
        try
        {
            var events = Enumerable.Range(0, EventCount).Select(_ => WebhooksDriver.Cancelled()).ToList();
            foreach (var cancelled in events.Take(EventCount / 2))
            {
                await _driver.PublishAsync(cancelled);
            }

            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Count > 0, "a first delivery is under way");
            await fixture.App.KillAsync("webhooks");
            Assert.True(_driver.Receiver.EventsOf(name).Select(r => r.Id).Distinct().Count() < EventCount / 2, "some deliveries were still to come");

            // The rest is published while the service is down: it waits in the broker.
            foreach (var cancelled in events.Skip(EventCount / 2))
            {
                await _driver.PublishAsync(cancelled);
            }

            await fixture.App.WaitUntilRestartedAsync("webhooks");

            var expected = events.Select(e => e.EventId.ToString()).ToHashSet();
            await WebhooksDriver.WaitAsync(() => expected.IsSubsetOf(_driver.Receiver.EventsOf(name).Select(r => r.Id!)),
                "every event arrives after the restart", timeoutSeconds: 90);
            Assert.All(_driver.Receiver.EventsOf(name), r => Assert.Contains(r.Id!, expected));
        }
        finally
        {
            _driver.Receiver.Behave(name, received => Task.FromResult(Results.StatusCode(StatusCodes.Status410Gone)));
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task A_delivery_being_sent_when_the_service_is_killed_is_sent_again_with_the_same_webhook_id()
    {
        // Given a receiver that keeps the first attempt of each event waiting longer than the service lives
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.held");
        var attempts = new ConcurrentDictionary<string, int>();
        _driver.Receiver.Behave(name, async received =>
        {
            if (!TestReceiver.IsVerification(received) && attempts.AddOrUpdate(received.Id!, 1, (_, n) => n + 1) == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(20));
            }

            return TestReceiver.EchoOrAccept(received);
        });
        try
        {
            var held = WebhooksDriver.Held();
            await _driver.PublishAsync(held);
            await WebhooksDriver.WaitAsync(() => attempts.ContainsKey(held.EventId.ToString()), "the first attempt is under way");

            // When the service is killed mid-send, and restarts
            await fixture.App.KillAsync("webhooks");
            await fixture.App.WaitUntilRestartedAsync("webhooks");

            // Then, once the dead process's lease runs out, the event is sent again: same webhook id, same body, signed
            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Count >= 2, "the event is sent again", timeoutSeconds: 60);
            var received = _driver.Receiver.EventsOf(name);
            Assert.All(received, r => Assert.Equal(held.EventId.ToString(), r.Id));
            Assert.Single(received.Select(r => r.Body).Distinct());
            Assert.All(received, r => Assert.Equal(WebhooksDriver.ExpectedSignature(subscription.Secret!, r), r.Signature));

            // And the log shows one attempt, the one that was answered: the killed one was never recorded (nor timed out)
            DeliveryDto? delivery = null;
            await Eventually.HoldsAsync(async () => (delivery = (await _driver.DeliveriesAsync(subscription.Id)).Single()).Status == "succeeded",
                "the delivery is recorded as succeeded");
            Assert.Equal(1, delivery!.Attempts);
            Assert.Equal(204, delivery.LastResponseCode);
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }
}
