using System.Net;
using System.Net.Http.Json;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

[Collection(WebhooksCollection.Name)]
public sealed class DeliveryLogTests(WebhooksFixture fixture)
{
    private readonly WebhooksDriver _driver = new(fixture);

    [Fact]
    public async Task A_delivery_can_be_sent_again_alone_or_with_everything_since_a_time()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.cancelled");
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        try
        {
            var cancelled = WebhooksDriver.Cancelled();
            await _driver.PublishAsync(cancelled);
            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Count == 1, "the event is delivered once");
            var delivery = (await _driver.DeliveriesAsync(subscription.Id)).Single();

            using (var again = await _driver.Http.PostAsync($"{WebhooksDriver.Base}/deliveries/{delivery.Id}/redeliver", null))
            {
                Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            }

            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Count == 2, "the delivery is sent again");

            using (var bulk = await _driver.Http.PostAsync(
                $"{WebhooksDriver.Base}/subscriptions/{subscription.Id}/redeliver?since={Uri.EscapeDataString(since.ToString("O"))}", null))
            {
                Assert.Equal(1, (await bulk.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<QueuedDto>())!.Queued);
            }

            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Count == 3, "everything since the time is sent again");
            Assert.All(_driver.Receiver.EventsOf(name), r => Assert.Equal(cancelled.EventId.ToString(), r.Id));
            await Eventually.HoldsAsync(async () => (await _driver.DeliveriesAsync(subscription.Id)).Single() is { Status: "succeeded", Attempts: 3 },
                "the log counts every attempt");
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task A_paused_subscription_gets_its_events_when_resumed()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "workshop.cancelled");
        try
        {
            (await _driver.Http.PostAsync($"{WebhooksDriver.Base}/subscriptions/{subscription.Id}/pause", null)).EnsureSuccessStatusCode();
            Assert.Equal("paused", (await _driver.GetAsync(subscription.Id)).Status);
            var cancelled = WebhooksDriver.Cancelled();
            await _driver.PublishAsync(cancelled);
            await _driver.WaitForFeedAsync(cancelled.EventId);
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Empty(_driver.Receiver.EventsOf(name));

            (await _driver.Http.PostAsync($"{WebhooksDriver.Base}/subscriptions/{subscription.Id}/resume", null)).EnsureSuccessStatusCode();
            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Any(r => r.Id == cancelled.EventId.ToString()), "resumed, the event is sent");
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task A_creation_retried_with_the_same_Idempotency_Key_gives_the_same_subscription()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        var key = Guid.NewGuid().ToString();
        var before = await _driver.TotalSubscriptionsAsync();
        var answers = new List<SubscriptionDto>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{WebhooksDriver.Base}/subscriptions")
            {
                Content = JsonContent.Create(new { url, eventTypes = new[] { "workshop.held" } }),
            };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await _driver.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            answers.Add((await response.Content.ReadFromJsonAsync<SubscriptionDto>())!);
        }

        try
        {
            Assert.Equal(answers[0].Id, answers[1].Id);
            Assert.Equal(answers[0].Secret, answers[1].Secret);
            Assert.Equal(before + 1, await _driver.TotalSubscriptionsAsync());
            Assert.Single(_driver.Receiver.ChallengesOf(name));
        }
        finally
        {
            await _driver.DeleteAsync(answers[0].Id);
        }
    }

    [Fact]
    public async Task Subscriptions_are_listed_for_their_owner_and_deleted()
    {
        var (_, url) = _driver.Receiver.NewTarget();
        var subscription = await _driver.SubscribeAsync(url, "content.published");
        var list = (await _driver.Http.GetFromJsonAsync<PageDto<SubscriptionDto>>($"{WebhooksDriver.Base}/subscriptions?pageSize=100"))!;
        Assert.Contains(list.Items, s => s.Id == subscription.Id && s.Url == url && s.Secret is null);

        await _driver.DeleteAsync(subscription.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await _driver.Http.GetAsync($"{WebhooksDriver.Base}/subscriptions/{subscription.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _driver.Http.DeleteAsync($"{WebhooksDriver.Base}/subscriptions/{subscription.Id}")).StatusCode);
    }
}
