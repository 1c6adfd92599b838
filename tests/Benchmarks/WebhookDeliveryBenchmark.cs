using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PlanetTechCare.Contracts;
namespace PlanetTechCare.Benchmarks;

/// <summary>
/// Webhook deliveries per second to a receiver on loopback: events published on the broker, each
/// consumed, recorded, signed and posted by the webhooks service. Beside it, the same number of
/// signed POSTs of the same bodies sent straight from here with the dispatcher's concurrency for one
/// subscription. Then events published one at a time, each timed from its publish to its webhook's
/// arrival, beside a bare MassTransit round trip; and the same again with a second subscriber of
/// those events that answers each after 5 s, to show whether it delays the first.
/// </summary>
public static class WebhookDeliveryBenchmark
{
    private const string Name = "webhook deliveries";
    private const int DispatcherConcurrency = 20; // Webhooks:MaxConcurrentSendsPerSubscription
    private const string SlowTarget = "slow";
    private const double ThroughputGoal = 0.30;
    private const double LatencyGoalMilliseconds = 250;
    private const double SlowNeighbourGoal = 1.2;
    private const double CpuGoalMilliseconds = 2;
    private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(5);

    public static async Task<IReadOnlyList<Figure>> RunAsync(RunningPlatform platform, int events, int latencySamples)
    {
        var received = new ConcurrentDictionary<string, byte>();
        var arrivals = new ConcurrentDictionary<string, TaskCompletionSource<long>>();
        var lastBodies = new ConcurrentQueue<string>();
        await using var receiver = await LoopbackServer.StartAsync(app => app.MapPost("/hooks/{target}", async (string target, HttpRequest request) =>
        {
            var arrived = Stopwatch.GetTimestamp();
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            if (body.Contains("\"webhook.verification\"", StringComparison.Ordinal))
            {
                return Results.Json(new { challenge = JsonDocument.Parse(body).RootElement.GetProperty("challenge").GetString() });
            }

            if (target == SlowTarget)
            {
                await Task.Delay(SlowAnswer);
                return Results.NoContent();
            }

            var id = request.Headers["webhook-id"].ToString();
            received.TryAdd(id, 0);
            if (arrivals.TryGetValue(id, out var arrival))
            {
                arrival.TrySetResult(arrived);
            }

            if (lastBodies.Count < events)
            {
                lastBodies.Enqueue(body);
            }

            return Results.NoContent();
        }));

        using var staff = await platform.GatewayClientAsync(authorized: true);
        var (subscription, secret) = await SubscribeAsync(staff, new Uri(receiver.Address, "hooks/platform"));

        var cpuBefore = ProcessorTime.Now(platform);
        var (started, delivered) = await DeliverThroughThePlatformAsync(platform, received, events);
        var cpuAfter = ProcessorTime.Now(platform);
        var deliveredRate = events / delivered.TotalSeconds;
        var recordedRate = events / (await LastRecordedAsync(staff, subscription) - started).TotalSeconds;
        var directRate = await PostDirectlyAsync(receiver.Address, secret, [.. lastBodies.Take(events)], events);

        var alone = await LatenciesAsync(platform, arrivals, latencySamples);
        var (slow, _) = await SubscribeAsync(staff, new Uri(receiver.Address, $"hooks/{SlowTarget}"));
        var besideSlow = await LatenciesAsync(platform, arrivals, latencySamples);
        await staff.DeleteAsync($"/api/v1/webhooks/subscriptions/{slow}");
        await staff.DeleteAsync($"/api/v1/webhooks/subscriptions/{subscription}");
        var roundTrips = await EventPropagationBenchmark.BareRoundTripsAsync(platform, latencySamples);

        var p99 = Percentiles.Of(alone, 0.99);
        var p99BesideSlow = Percentiles.Of(besideSlow, 0.99);
        return
        [
            new(Name, $"{events:N0} events published → delivered, signed, to a loopback receiver: deliveries/s", deliveredRate, "deliveries/s",
                $"signed POSTs sent directly, {DispatcherConcurrency} at a time", directRate,
                $"≥ {ThroughputGoal:0.0#} × direct", deliveredRate >= ThroughputGoal * directRate),
            new(Name, "of which: events consumed and recorded (feed row + delivery row)/s", recordedRate, "events/s",
                $"signed POSTs sent directly, {DispatcherConcurrency} at a time", directRate),
            new(Name, $"an event published → its webhook received, one at a time: p50 over {latencySamples}", Percentiles.Of(alone, 0.50), "ms",
                "bare MassTransit publish → consume", Percentiles.Of(roundTrips, 0.50)),
            new(Name, $"an event published → its webhook received, one at a time: p99 over {latencySamples}", p99, "ms",
                "bare MassTransit publish → consume", Percentiles.Of(roundTrips, 0.99), $"p99 < {LatencyGoalMilliseconds:N0} ms", p99 < LatencyGoalMilliseconds),
            new(Name, $"the same beside a subscriber of those events answering after {SlowAnswer.TotalSeconds:0} s: p99 over {latencySamples}",
                p99BesideSlow, "ms", "without it", p99, $"≤ {SlowNeighbourGoal:0.0#} × without it", p99BesideSlow <= SlowNeighbourGoal * p99),
            .. ProcessorTime.PerOperation(Name, "event (published, consumed, recorded, delivered)", cpuBefore, cpuAfter, events, CpuGoalMilliseconds),
        ];
    }

    private static async Task<(Guid Id, string Secret)> SubscribeAsync(HttpClient staff, Uri target)
    {
        using var subscribed = await staff.PostAsJsonAsync("/api/v1/webhooks/subscriptions", new { url = target.ToString(), eventTypes = new[] { "workshop.held" } });
        subscribed.EnsureSuccessStatusCode();
        var subscription = await subscribed.Content.ReadFromJsonAsync<JsonElement>();
        return (subscription.GetProperty("id").GetGuid(), subscription.GetProperty("secret").GetString()!);
    }

    /// <summary>Latencies (sorted) of <paramref name="count"/> events published one at a time, each from its publish to its webhook's arrival.</summary>
    private static async Task<List<double>> LatenciesAsync(RunningPlatform platform, ConcurrentDictionary<string, TaskCompletionSource<long>> arrivals, int count)
    {
        var bus = await TestBus.StartAsync(platform.App);
        try
        {
            var latencies = new List<double>(count);
            for (var i = -10; i < count; i++)
            {
                var held = new WorkshopHeld(Guid.NewGuid(), new LocalizedText($"Atelier {i}", $"Workshop {i}"), 120, 97, 4);
                var arrival = arrivals[held.EventId.ToString()] = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                var published = Stopwatch.GetTimestamp();
                await bus.Publish(held);
                var arrived = await arrival.Task.WaitAsync(TimeSpan.FromSeconds(30));
                if (i >= 0)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(published, arrived).TotalMilliseconds);
                }
            }

            latencies.Sort();
            return latencies;
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>
    /// Publishes the events, and returns when the first was published and how long until the
    /// receiver had every one. Nothing here asks the platform anything meanwhile: its CPU is its own.
    /// </summary>
    private static async Task<(DateTimeOffset Started, TimeSpan Delivered)> DeliverThroughThePlatformAsync(
        RunningPlatform platform, ConcurrentDictionary<string, byte> received, int events)
    {
        var bus = await TestBus.StartAsync(platform.App);
        try
        {
            var published = Enumerable.Range(0, events)
                .Select(i => new WorkshopHeld(Guid.NewGuid(), new LocalizedText($"Atelier {i}", $"Workshop {i}"), 120, 97, 4)).ToList();
            var startedAt = DateTimeOffset.UtcNow;
            var started = Stopwatch.GetTimestamp();
            foreach (var batch in published.Chunk(100))
            {
                await Task.WhenAll(batch.Select(e => bus.Publish(e)));
            }

            var ids = published.Select(e => e.EventId.ToString()).ToList();
            while (!ids.All(received.ContainsKey))
            {
                if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromMinutes(5))
                {
                    throw new TimeoutException($"{ids.Count(id => !received.ContainsKey(id))} of {events} events were not delivered in 5 minutes.");
                }

                await Task.Delay(5);
            }

            return (startedAt, Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>When the service recorded the newest delivery of the subscription (with its event and feed row, in one transaction).</summary>
    private static async Task<DateTimeOffset> LastRecordedAsync(HttpClient staff, Guid subscription)
    {
        var page = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/subscriptions/{subscription}/deliveries?pageSize=1");
        return page.GetProperty("items")[0].GetProperty("createdAt").GetDateTimeOffset();
    }

    private static async Task<double> PostDirectlyAsync(Uri receiver, string secret, List<string> bodies, int events)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        using var http = LoadDriver.ClientFor(receiver, DispatcherConcurrency);
        var result = await LoadDriver.RunAsync(http, index =>
        {
            var id = Guid.NewGuid().ToString();
            var body = bodies[Math.Abs(index) % bodies.Count];
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
            var request = new HttpRequestMessage(HttpMethod.Post, "hooks/direct") { Content = new StringContent(body, Encoding.UTF8, "application/cloudevents+json") };
            request.Headers.Add("webhook-id", id);
            request.Headers.Add("webhook-timestamp", timestamp);
            request.Headers.Add("webhook-signature", $"v1,{signature}");
            return request;
        }, events, DispatcherConcurrency, TimeSpan.FromMinutes(2));
        return result.RequestsPerSecond;
    }
}
