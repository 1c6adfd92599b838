using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Benchmarks;

/// <summary>
/// Each public read served by its service against a bare Kestrel endpoint answering the very
/// same bytes (captured from the service once) from a process of its own, under the same load,
/// side by side in rounds.
/// </summary>
public static class PublicReadsBenchmark
{
    private const string Name = "public reads";

    public static async Task<IReadOnlyList<Figure>> RunAsync(RunningPlatform platform, int requestsPerRound, int concurrency)
    {
        var reads = await ReadsAsync(platform);
        var bodies = new Dictionary<string, byte[]>();
        foreach (var read in reads)
        {
            using var http = new HttpClient { BaseAddress = platform.App.GetEndpoint(read.Service) };
            bodies[read.Label] = await http.GetByteArrayAsync(read.Path);
        }

        await using var bare = await BareKestrelProcess.StartAsync(bodies);
        using var bareClient = LoadDriver.ClientFor(bare.Address, concurrency);

        var figures = new List<Figure>();
        using (var signatories = LoadDriver.ClientFor(platform.App.GetEndpoint("signatories"), concurrency))
        {
            // The floor of a service's own pipeline: its liveness endpoint does no work of its own.
            var (baseline, alive, _) = await SideBySide.RunAsync(
                bareClient, _ => Get(BareKestrelProcess.PathOf("signatory list")), signatories, _ => Get("/alive"), requestsPerRound, concurrency);
            figures.Add(new(Name, "signatories service's /alive (its pipeline, no endpoint work): requests/s", alive.RequestsPerSecond, "req/s",
                "bare Kestrel, signatory list bytes", baseline.RequestsPerSecond));
        }

        foreach (var read in reads)
        {
            using var service = LoadDriver.ClientFor(platform.App.GetEndpoint(read.Service), concurrency);
            var fixedPath = BareKestrelProcess.PathOf(read.Label);
            var (baseline, served, _) = await SideBySide.RunAsync(
                bareClient, _ => Get(fixedPath), service, _ => Get(read.Path), requestsPerRound, concurrency);
            var ratio = served.RequestsPerSecond / baseline.RequestsPerSecond;
            figures.Add(new(Name, $"{read.Label} ({bodies[read.Label].Length:N0} bytes): requests/s", served.RequestsPerSecond, "req/s",
                "bare Kestrel, same bytes", baseline.RequestsPerSecond, "≥ 0.7", ratio >= 0.7));
            figures.Add(new(Name, $"{read.Label}: p99 latency", served.P99Milliseconds, "ms", "bare Kestrel, same bytes", baseline.P99Milliseconds));
        }

        return figures;
    }

    private static async Task<List<PublicRead>> ReadsAsync(RunningPlatform platform)
    {
        using var gateway = new HttpClient { BaseAddress = platform.Gateway };
        var items = await gateway.GetFromJsonAsync<JsonElement>("/api/v1/content/items?pageSize=1");
        var itemId = items.GetProperty("items")[0].GetProperty("id").GetGuid();
        return
        [
            new("signatory list", "signatories", "/api/v1/signatories?pageSize=20"),
            new("workshop list", "workshops", "/api/v1/workshops?pageSize=20"),
            new("directory search", "directory", "/api/v1/directory/listings?q=eco-conception&pageSize=20"),
            new("content item", "content", $"/api/v1/content/items/{itemId}"),
        ];
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private sealed record PublicRead(string Label, string Service, string Path);
}
