namespace PlanetTechCare.Benchmarks;

/// <summary>A public read through the gateway against the same read sent straight to the service, under the same load.</summary>
public static class GatewayOverheadBenchmark
{
    private const string Name = "gateway overhead";
    private const string Read = "/api/v1/signatories?pageSize=20";

    public static async Task<IReadOnlyList<Figure>> RunAsync(RunningPlatform platform, int requests, int concurrency)
    {
        using var direct = LoadDriver.ClientFor(platform.App.GetEndpoint("signatories"), concurrency);
        using var gateway = await platform.GatewayClientAsync(concurrency);
        var straight = await LoadDriver.RunAsync(direct, _ => new HttpRequestMessage(HttpMethod.Get, Read), requests, concurrency, TimeSpan.FromMinutes(2));
        var proxied = await LoadDriver.RunAsync(gateway, _ => new HttpRequestMessage(HttpMethod.Get, Read), requests, concurrency, TimeSpan.FromMinutes(2));
        var ratio = proxied.RequestsPerSecond / straight.RequestsPerSecond;
        return
        [
            new(Name, $"GET {Read}: requests/s through the gateway", proxied.RequestsPerSecond, "req/s", "direct to the service", straight.RequestsPerSecond,
                "≥ 0.85 of direct", ratio >= 0.85),
            new(Name, "p50 latency through the gateway", proxied.P50Milliseconds, "ms", "direct to the service", straight.P50Milliseconds),
            new(Name, "p99 latency through the gateway", proxied.P99Milliseconds, "ms", "direct to the service", straight.P99Milliseconds),
            new(Name, "server errors through the gateway", proxied.Failed + straight.Failed, "requests", Goal: "0", Met: proxied.Failed + straight.Failed == 0),
        ];
    }
}
