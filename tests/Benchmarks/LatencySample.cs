using System.Diagnostics;

namespace PlanetTechCare.Benchmarks;

/// <summary>Latencies of one scenario, measured by sequential requests.</summary>
public sealed record LatencySample(string Scenario, int Count, double P50Milliseconds, double P99Milliseconds, long MatchedTotal)
{
    public static async Task<LatencySample> MeasureAsync(string scenario, int samples, Func<Task<long>> call)
    {
        for (var warmUp = 0; warmUp < 10; warmUp++)
        {
            await call();
        }

        var latencies = new List<double>(samples);
        long matched = 0;
        for (var i = 0; i < samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            matched = await call();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        latencies.Sort();
        return new LatencySample(scenario, samples, Percentiles.Of(latencies, 0.50), Percentiles.Of(latencies, 0.99), matched);
    }
}
