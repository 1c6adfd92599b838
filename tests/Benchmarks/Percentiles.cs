namespace PlanetTechCare.Benchmarks;

public static class Percentiles
{
    /// <summary>The nearest-rank percentile (<paramref name="rank"/> in 0..1) of latencies sorted ascending.</summary>
    public static double Of(IReadOnlyList<double> sorted, double rank) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(rank * sorted.Count) - 1, 0, sorted.Count - 1)];
}
