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
}
