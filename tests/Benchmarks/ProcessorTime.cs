
namespace PlanetTechCare.Benchmarks;

/// <summary>
/// CPU time (user and system) used by each resource the AppHost started, replicas together and the
/// processes each forked included (PostgreSQL's backends, those still running and those that
/// exited, RabbitMQ's runtime), and by this
/// benchmark process (the load driver), read from /proc; to say where an operation's CPU goes.
/// </summary>
public static class ProcessorTime
{
    public const string LoadDriver = "benchmark (load driver, bus)";

    /// <summary>Ticks of /proc's clock (USER_HZ): 100 per second on Linux.</summary>
    private const double TicksPerSecond = 100;
    private const double QuietCores = 0.3;

    public static Dictionary<string, TimeSpan> Now(RunningPlatform platform)
    {
        var processes = ProcessTable.Read();
        var used = platform.Processes().ToDictionary(
            resource => resource.Key,
            resource => TimeSpan.FromSeconds(resource.SelectMany(processes.WithDescendants).Distinct().Sum(processes.TicksOf) / TicksPerSecond));
        used[LoadDriver] = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        return used;
    }

    /// <summary>
    /// Waits until the platform's processes together use less than <see cref="QuietCores"/> of a
    /// core over a <paramref name="window"/> (its start-up work done: demo data and its events,
    /// compilation), at most <paramref name="timeout"/>; returns the readings that bound that quiet
    /// window. An idle platform uses about 0.13 of a core right after its start, its services' tiered
    /// compiler still at work (measured: 1.3 s of CPU per 10 s), and 0.02–0.03 once compiled (0.23–0.26 s).
    /// </summary>
    public static async Task<(Dictionary<string, TimeSpan> From, Dictionary<string, TimeSpan> To)> WaitForQuietAsync(
        RunningPlatform platform, TimeSpan window, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var from = Now(platform);
            await Task.Delay(window);
            var to = Now(platform);
            var busyCores = to.Where(p => p.Key != LoadDriver).Sum(p => (p.Value - from.GetValueOrDefault(p.Key)).TotalSeconds) / window.TotalSeconds;
            if (busyCores < QuietCores || waited.Elapsed > timeout)
            {
                return (from, to);
            }
        }
    }

    /// <summary>One figure per process that used at least a tenth of a millisecond per operation, and their total.</summary>
    /// <summary>
    /// CPU per operation of each process, then of the platform's processes together (the load
    /// driver, which plays the callers, is left out of that total), held to <paramref name="goalMilliseconds"/> if given.
    /// </summary>
    public static IEnumerable<Figure> PerOperation(
        string benchmark, string operation, Dictionary<string, TimeSpan> before, Dictionary<string, TimeSpan> after, int operations,
        double? goalMilliseconds = null)
    {
        var perOperation = after.ToDictionary(p => p.Key, p => (p.Value - before.GetValueOrDefault(p.Key)).TotalMilliseconds / operations);
        var platform = perOperation.Where(p => p.Key != LoadDriver).Sum(p => p.Value);
        return perOperation.Where(p => p.Value >= 0.1).OrderByDescending(p => p.Value)
            .Select(p => new Figure(benchmark, $"CPU per {operation}: {p.Key}", p.Value, "ms"))
            .Append(new Figure(benchmark, $"CPU per {operation}: all platform processes", platform, "ms",
                Goal: goalMilliseconds is { } goal ? $"≤ {goal:0.#} ms" : null, Met: goalMilliseconds is { } limit ? platform <= limit : null));
    }
}
