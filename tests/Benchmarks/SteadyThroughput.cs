namespace PlanetTechCare.Benchmarks;

/// <summary>
/// Unmeasured load in windows of 3 s until one window's throughput is within 10% of the one before
/// (30 s at most): the code paths reach their optimised (tiered, profile-guided) compilation before
/// anything is timed. A service's first seconds under load can run at half its steady throughput
/// (measured with wrk: 130 µs of CPU per cached read in the first 6 s, 47 µs after), and how long
/// that lasts differs from one process to another.
/// </summary>
public static class SteadyThroughput
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(3);
    private const int MaxWindows = 10;
    private const double Tolerance = 0.10;

    /// <param name="runWindow">Runs the window of the given number for <see cref="Window"/>; returns its requests per second.</param>
    public static async Task WarmUpAsync(Func<int, Task<double>> runWindow)
    {
        var previous = 0.0;
        for (var window = 0; window < MaxWindows; window++)
        {
            var throughput = await runWindow(window);
            if (window > 0 && Math.Abs(throughput - previous) <= Tolerance * previous)
            {
                return;
            }

            previous = throughput;
        }
    }
}
