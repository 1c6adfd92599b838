using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PlanetTechCare.AppHost.Supervision;

/// <summary>
/// Watches Aspire's resource notifications and starts a crashed process again through Aspire's own
/// start command (so the dashboard shows it), with back-off: 1 s, doubling to 30 s, reset once the
/// process has stayed up for a minute. A process that ends after a stop was asked (state
/// <c>Stopping</c> first) or while the AppHost shuts down is not a crash.
/// </summary>
public sealed class CrashedResourceRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StableFor = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, Instance> _instances = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        try
        {
            await foreach (var change in notifications.WatchAsync(stopping.Token))
            {
                if (change.Resource.HasAnnotationOfType<RestartOnCrashAnnotation>())
                {
                    Observe(change, stopping.Token);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private void Observe(ResourceEvent change, CancellationToken stopping)
    {
        if (!_instances.TryGetValue(change.ResourceId, out var instance))
        {
            _instances[change.ResourceId] = instance = new Instance();
        }

        var state = change.Snapshot.State?.Text;
        var previous = instance.State;
        instance.State = state;
        if (state == KnownResourceStates.Running && previous != KnownResourceStates.Running)
        {
            instance.RunningSince = DateTime.UtcNow;
        }

        var crashed = previous == KnownResourceStates.Running
            && state is not null && KnownResourceStates.TerminalStates.Contains(state);
        if (!crashed || stopping.IsCancellationRequested)
        {
            return;
        }

        instance.Crashes = DateTime.UtcNow - instance.RunningSince >= StableFor ? 1 : instance.Crashes + 1;
        var delay = DelayBefore(instance.Crashes);
        var log = resourceLogs.GetLogger(change.ResourceId);
        log.LogWarning("The process ended by itself ({State}, exit code {ExitCode}); starting it again in {Delay} s (crash {Crashes} in a row).",
            state, change.Snapshot.ExitCode, delay.TotalSeconds, instance.Crashes);
        _ = RestartAsync(change.ResourceId, delay, log, stopping);
    }

    /// <summary>How long to wait before starting a process again after its <paramref name="crashes"/>th crash in a row.</summary>
    public static TimeSpan DelayBefore(int crashes) =>
        TimeSpan.FromTicks(Math.Min(LongestDelay.Ticks, FirstDelay.Ticks << Math.Clamp(crashes - 1, 0, 10)));

    private async Task RestartAsync(string resourceId, TimeSpan delay, ILogger log, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(delay, stopping);
            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stopping);
            if (!result.Success)
            {
                log.LogError("Starting it again failed: {Error}", result.Message);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private sealed class Instance
    {
        public string? State { get; set; }

        public DateTime RunningSince { get; set; }

        public int Crashes { get; set; }
    }
}
