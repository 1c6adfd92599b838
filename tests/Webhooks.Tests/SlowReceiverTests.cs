using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

[Collection(WebhooksCollection.Name)]
public sealed class SlowReceiverTests(WebhooksFixture fixture)
{
    private const int EventCount = 5; // more than one claim (the fixture's BatchSize is 2) and than a lane (2 sends at a time)
    private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(5);
    private readonly WebhooksDriver _driver = new(fixture);

    [Fact]
    public async Task A_subscriber_answering_after_five_seconds_does_not_delay_another_subscriber()
    {
        // Given two subscribers of the same events, one of them answering each event after 5 s
        var (slowName, slowUrl) = _driver.Receiver.NewTarget();
        var (fastName, fastUrl) = _driver.Receiver.NewTarget();
        var slow = await _driver.SubscribeAsync(slowUrl, "workshop.held");
        var fast = await _driver.SubscribeAsync(fastUrl, "workshop.held");
        var slowAnswers = new ConcurrentQueue<DateTimeOffset>();
        _driver.Receiver.Behave(slowName, async received =>
        {
            await Task.Delay(SlowAnswer);
            slowAnswers.Enqueue(DateTimeOffset.UtcNow);
            return TestReceiver.EchoOrAccept(received);
        });
        try
        {
            // When events are published
            var events = Enumerable.Range(0, EventCount).Select(_ => WebhooksDriver.Held()).ToList();
            foreach (var held in events)
            {
                await _driver.PublishAsync(held);
            }

            // Then the other subscriber has every one of them before the slow one has answered its first
            var expected = events.Select(e => e.EventId.ToString()).ToHashSet();
            await WebhooksDriver.WaitAsync(() => expected.IsSubsetOf(_driver.Receiver.EventsOf(fastName).Select(r => r.Id!)),
                "every event reaches the other subscriber");
            var fastReceived = _driver.Receiver.EventsOf(fastName).Max(r => r.ReceivedAt);
            await WebhooksDriver.WaitAsync(() => !slowAnswers.IsEmpty, "the slow subscriber answers");
            Assert.True(fastReceived < slowAnswers.Min(),
                $"the other subscriber got the last event at {fastReceived:HH:mm:ss.fff}, the slow one answered first at {slowAnswers.Min():HH:mm:ss.fff}");

            // And the slow one gets them all too, in its own time
            await WebhooksDriver.WaitAsync(() => expected.IsSubsetOf(_driver.Receiver.EventsOf(slowName).Select(r => r.Id!)),
                "every event reaches the slow subscriber", timeoutSeconds: 60);
        }
        finally
        {
            _driver.Receiver.Behave(slowName, received => Task.FromResult(Results.StatusCode(StatusCodes.Status410Gone)));
            await _driver.DeleteAsync(slow.Id);
            await _driver.DeleteAsync(fast.Id);
        }
    }
}
