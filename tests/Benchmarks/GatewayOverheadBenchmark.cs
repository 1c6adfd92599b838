namespace PlanetTechCare.Benchmarks;

/// <summary>
/// A public read through the gateway against the same read sent straight to the service, side by
/// side: first as readers send it (both the gateway and the service may answer from their caches),
/// then with a new query string each time, so that no cache answers and every request is proxied
/// to the service and its database.
/// </summary>
public static class GatewayOverheadBenchmark
{
    private const string Name = "gateway overhead";
    private const string Read = "/api/v1/signatories?pageSize=20";

    public static async Task<IReadOnlyList<Figure>> RunAsync(RunningPlatform platform, int connections)
    {
        var direct = platform.App.GetEndpoint("signatories");
        var (straight, proxied, failed) = await SideBySide.RunAsync(new(direct, Read, connections), new(platform.Gateway, Read, connections));
        var (uncachedStraight, uncachedProxied, uncachedFailed) = await SideBySide.RunAsync(
            new(direct, $"{Read}&nocache=direct{{index}}", connections), new(platform.Gateway, $"{Read}&nocache=gateway{{index}}", connections));

        var ratio = proxied.RequestsPerSecond / straight.RequestsPerSecond;
        return
        [
            new(Name, $"GET {Read}: requests/s through the gateway", proxied.RequestsPerSecond, "req/s", "direct to the service", straight.RequestsPerSecond,
                "≥ 0.85 of direct", ratio >= 0.85),
            new(Name, "p50 latency through the gateway", proxied.P50Milliseconds, "ms", "direct to the service", straight.P50Milliseconds),
            new(Name, "p99 latency through the gateway", proxied.P99Milliseconds, "ms", "direct to the service", straight.P99Milliseconds),
            new(Name, "a new query each time (no cache answers): requests/s through the gateway", uncachedProxied.RequestsPerSecond, "req/s",
                "direct to the service", uncachedStraight.RequestsPerSecond),
            new(Name, "a new query each time: p99 latency through the gateway", uncachedProxied.P99Milliseconds, "ms",
                "direct to the service", uncachedStraight.P99Milliseconds),
            new(Name, "failed requests (no answer, or status 400 or more)", failed + uncachedFailed, "requests", Goal: "0", Met: failed + uncachedFailed == 0),
        ];
    }
}
