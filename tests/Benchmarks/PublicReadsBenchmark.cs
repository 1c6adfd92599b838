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
    private const string FrameworkShareRead = "workshop list";

    public static async Task<IReadOnlyList<Figure>> RunAsync(RunningPlatform platform, int connections)
    {
        var reads = await ReadsAsync(platform);
        var bodies = new Dictionary<string, byte[]>();
        foreach (var read in reads)
        {
            using var http = new HttpClient { BaseAddress = platform.App.GetEndpoint(read.Service) };
            bodies[read.Label] = await http.GetByteArrayAsync(read.Path);
        }

        await using var bare = await BareKestrelProcess.StartAsync(bodies);

        var figures = new List<Figure>();
        // The floor of a service's own pipeline: its liveness endpoint does no work of its own.
        var (aliveBaseline, alive, _) = await SideBySide.RunAsync(
            new(bare.Address, BareKestrelProcess.PathOf("signatory list"), connections), new(platform.App.GetEndpoint("signatories"), "/alive", connections));
        figures.Add(new(Name, "signatories service's /alive (its pipeline, no endpoint work): requests/s", alive.RequestsPerSecond, "req/s",
            "bare Kestrel, signatory list bytes", aliveBaseline.RequestsPerSecond));

        // The framework's share of a cached read: the same bytes behind the middleware and output cache the services use.
        var (frameworkBaseline, framework, _) = await SideBySide.RunAsync(
            new(bare.Address, BareKestrelProcess.PathOf(FrameworkShareRead), connections), new(bare.FrameworkAddress, BareKestrelProcess.PathOf(FrameworkShareRead), connections));
        figures.Add(new(Name, $"{FrameworkShareRead} bytes behind the framework's middleware and output cache, no platform code: requests/s", framework.RequestsPerSecond, "req/s",
            "bare Kestrel, same bytes", frameworkBaseline.RequestsPerSecond));

        foreach (var read in reads)
        {
            var (baseline, served, _) = await SideBySide.RunAsync(
                new(bare.Address, BareKestrelProcess.PathOf(read.Label), connections), new(platform.App.GetEndpoint(read.Service), read.Path, connections));
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

    private sealed record PublicRead(string Label, string Service, string Path);
}
