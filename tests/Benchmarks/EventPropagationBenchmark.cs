using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
namespace PlanetTechCare.Benchmarks;

/// <summary>
/// How long an approval takes to reach the directory: staff approve a provider through the gateway,
/// then its listing is polled until the directory has it. Beside it, a bare MassTransit round trip
/// (publish, consume) on the same broker.
/// </summary>
public static class EventPropagationBenchmark
{
    private const string Name = "event propagation";
    private const double P99GoalMilliseconds = 50;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(2);

    public static async Task<IReadOnlyList<Figure>> RunAsync(RunningPlatform platform, int approvals)
    {
        using var staff = await platform.GatewayClientAsync(authorized: true);
        using var directory = LoadDriver.ClientFor(platform.App.GetEndpoint("directory"), 4);
        await platform.Identity.AuthorizeAsync(directory, platform.App);
        var propagation = new List<double>(approvals);
        for (var i = 0; i < approvals; i++)
        {
            var id = await ApplyAsync(staff, i);
            using var approved = await staff.PostAsJsonAsync($"/api/v1/signatories/staff/{id}/approve", new { by = "benchmark" });
            approved.EnsureSuccessStatusCode();
            var started = Stopwatch.GetTimestamp();
            while (true)
            {
                using var listing = await directory.GetAsync($"/api/v1/directory/staff/listings/{id}");
                if (listing.StatusCode == HttpStatusCode.OK)
                {
                    break;
                }

                if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(30))
                {
                    throw new TimeoutException($"The listing of signatory {id} did not appear in 30 s.");
                }

                await Task.Delay(PollInterval);
            }

            propagation.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var roundTrips = await BareRoundTripsAsync(platform, approvals);
        propagation.Sort();
        var p99 = Percentiles.Of(propagation, 0.99);
        return
        [
            new(Name, $"approval → listing in the directory, p50 over {approvals}", Percentiles.Of(propagation, 0.50), "ms",
                "bare MassTransit publish → consume", Percentiles.Of(roundTrips, 0.50)),
            new(Name, $"approval → listing in the directory, p99 over {approvals}", p99, "ms",
                "bare MassTransit publish → consume", Percentiles.Of(roundTrips, 0.99), $"p99 < {P99GoalMilliseconds:N0} ms", p99 < P99GoalMilliseconds),
        ];
    }

    private static async Task<Guid> ApplyAsync(HttpClient http, int index)
    {
        using var applied = await http.PostAsJsonAsync("/api/v1/signatories/applications", new
        {
            legalName = $"Propagation Conseil {index:D4} {Guid.NewGuid():N}"[..40],
            siren = Sirens.New(),
            category = "digital-service-provider",
            sizeBand = "sme",
            region = "bretagne",
            contact = new { name = "Contact", role = "CTO", email = $"contact{index}@example.fr" },
            signer = new { name = "Signer", role = "CEO" },
            consent = true,
        });
        applied.EnsureSuccessStatusCode();
        return (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Latencies (sorted) of <paramref name="count"/> publishes consumed by a bare handler on the same broker, one at a time.</summary>
    internal static async Task<List<double>> BareRoundTripsAsync(RunningPlatform platform, int count)
    {
        TaskCompletionSource<Guid>? pending = null;
        var bus = await TestBus.StartAsync(platform.App, rabbit => rabbit.ReceiveEndpoint("benchmark-round-trip", endpoint =>
            endpoint.Handler<RoundTripProbe>(context =>
            {
                pending?.TrySetResult(context.Message.Id);
                return Task.CompletedTask;
            })));
        try
        {
            var latencies = new List<double>(count);
            for (var i = -10; i < count; i++)
            {
                pending = new TaskCompletionSource<Guid>(TaskCreationOptions.RunContinuationsAsynchronously);
                var started = Stopwatch.GetTimestamp();
                await bus.Publish(new RoundTripProbe(Guid.NewGuid()));
                await pending.Task.WaitAsync(TimeSpan.FromSeconds(30));
                if (i >= 0)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
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
}

/// <summary>The message of the bare round trip.</summary>
public sealed record RoundTripProbe(Guid Id);
