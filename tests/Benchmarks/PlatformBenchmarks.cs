namespace PlanetTechCare.Benchmarks;

/// <summary>
/// One start of the whole platform, then each benchmark in turn against it, side by side with its
/// baseline; the cold start and each process's memory, idle and at its peak under the loads.
/// </summary>
public static class PlatformBenchmarks
{
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(10);

    /// <summary>What each of the platform's own processes may hold idle; PostgreSQL and RabbitMQ are not held to it.</summary>
    private const int IdleMemoryGoalMegabytes = 100;

    public static async Task<IReadOnlyList<Figure>> RunAsync()
    {
        await using var platform = await RunningPlatform.StartAsync();
        var (figures, idle) = await MeasureStartAsync(platform);
        await using (var memory = ResidentMemory.StartSampling(platform))
        {
            figures.AddRange(await GatewayOverheadBenchmark.RunAsync(platform, connections: 16));
            figures.AddRange(await PublicReadsBenchmark.RunAsync(platform, connections: 16));
            figures.AddRange(await PageViewsBenchmark.RunAsync(platform, rounds: 5));
            figures.AddRange(await RegistrationBurstBenchmark.RunAsync(platform, attendees: 2_000, seats: 150, concurrency: 200));
            figures.AddRange(await EventPropagationBenchmark.RunAsync(platform, approvals: 200));
            figures.AddRange(await WebhookDeliveryBenchmark.RunAsync(platform, events: 2_000, latencySamples: 100));
            figures.AddRange(await MeasureIdleAsync(platform, "after the loads above (compiled, steady)", goalMilliseconds: 300));
            figures.AddRange(memory.Peaks.OrderBy(peak => peak.Key).Select(peak => IsServer(peak.Key)
                ? new Figure("resident memory", $"{peak.Key}: peak under the loads above", peak.Value, "MiB", "idle", idle.GetValueOrDefault(peak.Key))
                : new Figure("resident memory", $"{peak.Key}: peak under the loads above", peak.Value, "MiB", "idle", idle.GetValueOrDefault(peak.Key),
                    $"idle < {IdleMemoryGoalMegabytes} MiB", idle.GetValueOrDefault(peak.Key) < IdleMemoryGoalMegabytes)));
        }

        return figures;
    }

    /// <summary>The platform started, then its cold start, idle CPU and idle memory alone (about 2 minutes).</summary>
    public static async Task<IReadOnlyList<Figure>> RunIdleAsync()
    {
        await using var platform = await RunningPlatform.StartAsync();
        var (figures, idle) = await MeasureStartAsync(platform);
        figures.AddRange(idle.OrderBy(resident => resident.Key).Select(resident => IsServer(resident.Key)
            ? new Figure("resident memory", $"{resident.Key}: idle", resident.Value, "MiB")
            : new Figure("resident memory", $"{resident.Key}: idle", resident.Value, "MiB", Goal: $"< {IdleMemoryGoalMegabytes} MiB", Met: resident.Value < IdleMemoryGoalMegabytes)));
        return figures;
    }

    /// <summary>The platform started and quiet as above, then the webhook deliveries alone measured (about 3 minutes).</summary>
    public static Task<IReadOnlyList<Figure>> RunWebhookDeliveriesAsync() =>
        RunAloneAsync(platform => WebhookDeliveryBenchmark.RunAsync(platform, events: 2_000, latencySamples: 100));

    /// <summary>The platform started and quiet as above, then the staff pages' views alone measured (about 2 minutes).</summary>
    public static Task<IReadOnlyList<Figure>> RunPageViewsAsync() => RunAloneAsync(platform => PageViewsBenchmark.RunAsync(platform, rounds: 5));

    private static async Task<IReadOnlyList<Figure>> RunAloneAsync(Func<RunningPlatform, Task<IReadOnlyList<Figure>>> benchmark)
    {
        await using var platform = await RunningPlatform.StartAsync();
        await ProcessorTime.WaitForQuietAsync(platform, IdleWindow, timeout: TimeSpan.FromMinutes(3));
        return await benchmark(platform);
    }

    /// <summary>
    /// The cold start, then the CPU of the first quiet window once the start-up work (demo data and the
    /// events it raises) is over, and each process's memory then. The services' tiered compiler is still
    /// recompiling the methods the pollers and health checks call as they become hot (three quarters of
    /// an idle service's CPU then, by perf), so that window is reported apart from the steady one.
    /// </summary>
    private static async Task<(List<Figure> Figures, Dictionary<string, double> IdleMemory)> MeasureStartAsync(RunningPlatform platform)
    {
        var figures = new List<Figure> { new("cold start", "whole platform: first process started → every resource healthy", platform.ColdStart.TotalSeconds, "s") };
        figures.AddRange(await MeasureIdleAsync(platform, "right after the start (still compiling)"));
        return (figures, ResidentMemory.Now(platform));
    }

    /// <summary>The CPU of each process over a quiet window (pollers, health checks, timers), once the platform is quiet.</summary>
    private static async Task<IEnumerable<Figure>> MeasureIdleAsync(RunningPlatform platform, string when, double? goalMilliseconds = null)
    {
        var (quietFrom, quietTo) = await ProcessorTime.WaitForQuietAsync(platform, IdleWindow, timeout: TimeSpan.FromMinutes(3));
        return ProcessorTime.PerOperation("idle", $"{IdleWindow.TotalSeconds:N0} s of an idle platform {when}", quietFrom, quietTo, 1, goalMilliseconds);
    }

    private static bool IsServer(string resource) => resource.StartsWith("postgres", StringComparison.Ordinal) || resource.StartsWith("messaging", StringComparison.Ordinal);
}
