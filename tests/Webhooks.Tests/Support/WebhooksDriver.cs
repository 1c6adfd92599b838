using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using PlanetTechCare.Contracts;

namespace PlanetTechCare.Webhooks.Tests.Support;

/// <summary>Drives the webhooks service as an app and the platform do: subscriptions over HTTP, events into the broker.</summary>
public sealed class WebhooksDriver(WebhooksFixture fixture, HttpClient? app = null)
{
    public const string Base = "/api/v1/webhooks";

    /// <summary>Calls as the app given, else as staff.</summary>
    public HttpClient Http => app ?? fixture.Http;

    public TestReceiver Receiver => fixture.Receiver;

    public static WorkshopCancelled Cancelled() => new(Guid.NewGuid(), new LocalizedText("Atelier annulé", "Cancelled workshop"), "Speaker unavailable", 3);

    public static WorkshopHeld Held() => new(Guid.NewGuid(), new LocalizedText("Atelier tenu", "Workshop held"), 120, 97, 4);

    public Task PublishAsync<T>(T integrationEvent) where T : class => fixture.Bus.Publish(integrationEvent);

    public async Task<SubscriptionDto> SubscribeAsync(string url, params string[] eventTypes)
    {
        using var response = await Http.PostAsJsonAsync($"{Base}/subscriptions", new { url, eventTypes });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SubscriptionDto>())!;
    }

    public async Task<SubscriptionDto> GetAsync(Guid id) =>
        (await Http.GetFromJsonAsync<SubscriptionDto>($"{Base}/subscriptions/{id}"))!;

    public async Task DeleteAsync(Guid id) => (await Http.DeleteAsync($"{Base}/subscriptions/{id}")).EnsureSuccessStatusCode();

    public async Task<List<DeliveryDto>> DeliveriesAsync(Guid id) =>
        (await Http.GetFromJsonAsync<PageDto<DeliveryDto>>($"{Base}/subscriptions/{id}/deliveries?pageSize=100"))!.Items;

    public async Task<long> TotalSubscriptionsAsync() =>
        (await Http.GetFromJsonAsync<PageDto<SubscriptionDto>>($"{Base}/subscriptions"))!.Total;

    /// <summary>The feed's current end: the cursor after every event so far.</summary>
    public async Task<long> FeedEndAsync()
    {
        long cursor = 0;
        while (true)
        {
            var page = (await Http.GetFromJsonAsync<EventPageDto>($"{Base}/events?after={cursor}&limit=500"))!;
            if (page.Events.Count == 0)
            {
                return cursor;
            }

            cursor = page.Next;
        }
    }

    /// <summary>The ids of the events the caller sees in the feed after <paramref name="cursor"/>, in order.</summary>
    public async Task<List<string>> FeedEventIdsAfterAsync(long cursor)
    {
        var ids = new List<string>();
        while ((await Http.GetFromJsonAsync<EventPageDto>($"{Base}/events?after={cursor}&limit=500"))! is { Events.Count: > 0 } page)
        {
            ids.AddRange(page.Events.Select(e => e.GetProperty("id").GetString()!));
            cursor = page.Next;
        }

        return ids;
    }

    /// <summary>Waits until the service has recorded the event (in its feed, so also its deliveries).</summary>
    public Task WaitForFeedAsync(Guid eventId) => Eventually.HoldsAsync(async () =>
    {
        var page = (await Http.GetFromJsonAsync<EventPageDto>($"{Base}/events?after=0&limit=500"))!;
        var cursor = 0L;
        while (page.Events.Count > 0)
        {
            if (page.Events.Any(e => e.GetProperty("id").GetString() == eventId.ToString()))
            {
                return true;
            }

            cursor = page.Next;
            page = (await Http.GetFromJsonAsync<EventPageDto>($"{Base}/events?after={cursor}&limit=500"))!;
        }

        return false;
    }, $"event {eventId} is in the feed", 30);

    public static Task WaitAsync(Func<bool> condition, string because, int timeoutSeconds = 30) =>
        Eventually.HoldsAsync(() => Task.FromResult(condition()), because, timeoutSeconds);

    /// <summary>The signature as a receiver recomputes it, from the secret it was given.</summary>
    public static string ExpectedSignature(string secret, ReceivedWebhook received)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{received.Id}.{received.Timestamp}.{received.Body}"));
        return "v1," + Convert.ToBase64String(mac);
    }
}
