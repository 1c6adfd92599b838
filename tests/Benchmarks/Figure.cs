namespace PlanetTechCare.Benchmarks;

/// <summary>
/// One measured figure, with the baseline measured beside it in the same run (if any), the ratio
/// of the two, and the goal it is held to (if any).
/// </summary>
public sealed record Figure(
    string Benchmark,
    string Measure,
    double Value,
    string Unit,
    string? BaselineName = null,
    double? Baseline = null,
    string? Goal = null,
    bool? Met = null)
{
    public double? Ratio => Baseline is > 0 ? Value / Baseline : null;
}
