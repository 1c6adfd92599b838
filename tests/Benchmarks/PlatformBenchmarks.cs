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
        var figures = new List<Figure> { new("cold start", "whole platform: first process started → every resource healthy", platform.ColdStart.TotalSeconds, "s") };

        // The start-up work (demo data and the events it raises, compilation) ends before anything is measured.
        var (quietFrom, quietTo) = await ProcessorTime.WaitForQuietAsync(platform, IdleWindow, timeout: TimeSpan.FromMinutes(3));
        figures.AddRange(ProcessorTime.PerOperation("idle", $"{IdleWindow.TotalSeconds:N0} s of an idle platform (pollers, health checks)", quietFrom, quietTo, 1, goalMilliseconds: 300));
        var idle = ResidentMemory.Now(platform);
        await using (var memory = ResidentMemory.StartSampling(platform))
        {
            figures.AddRange(await GatewayOverheadBenchmark.RunAsync(platform, connections: 16));
            figures.AddRange(await PublicReadsBenchmark.RunAsync(platform, connections: 16));
            figures.AddRange(await RegistrationBurstBenchmark.RunAsync(platform, attendees: 2_000, seats: 150, concurrency: 200));
            figures.AddRange(await EventPropagationBenchmark.RunAsync(platform, approvals: 200));
            figures.AddRange(await WebhookDeliveryBenchmark.RunAsync(platform, events: 2_000, latencySamples: 100));
            figures.AddRange(memory.Peaks.OrderBy(peak => peak.Key).Select(peak => IsServer(peak.Key)
                ? new Figure("resident memory", $"{peak.Key}: peak under the loads above", peak.Value, "MiB", "idle", idle.GetValueOrDefault(peak.Key))
                : new Figure("resident memory", $"{peak.Key}: peak under the loads above", peak.Value, "MiB", "idle", idle.GetValueOrDefault(peak.Key),
                    $"idle < {IdleMemoryGoalMegabytes} MiB", idle.GetValueOrDefault(peak.Key) < IdleMemoryGoalMegabytes)));
        }

        return figures;
    }

    /// <summary>The platform started and quiet as above, then the webhook deliveries alone measured (about 3 minutes).</summary>
    public static async Task<IReadOnlyList<Figure>> RunWebhookDeliveriesAsync()
    {
        await using var platform = await RunningPlatform.StartAsync();
        await ProcessorTime.WaitForQuietAsync(platform, IdleWindow, timeout: TimeSpan.FromMinutes(3));
        return await WebhookDeliveryBenchmark.RunAsync(platform, events: 2_000, latencySamples: 100);
    }

    private static bool IsServer(string resource) => resource.StartsWith("postgres", StringComparison.Ordinal) || resource.StartsWith("messaging", StringComparison.Ordinal);
}
