using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PlanetTechCare.AppHost.Supervision;

/// <summary>
/// Watches Aspire's resource notifications and starts a crashed process again with Aspire's own
/// start command (so the dashboard shows it), after 1 s doubling to 30 s while it keeps crashing,
/// reset once it has stayed up a minute. A process that ends after a stop was asked (it is
/// <c>Stopping</c> first) or while the AppHost shuts down did not crash.
/// </summary>
public sealed class CrashedResourceRestarter(
    ResourceNotificationService notifications, ResourceCommandService commands, ResourceLoggerService logs, IHostApplicationLifetime lifetime)
    : BackgroundService
{
    private static readonly TimeSpan StableFor = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, (string? State, DateTime RunningSince, int Crashes)> _instances = [];

    /// <summary>How long to wait before starting a process again after its <paramref name="crashes"/>th crash in a row.</summary>
    public static TimeSpan DelayBefore(int crashes) => TimeSpan.FromSeconds(Math.Min(30, 1 << Math.Clamp(crashes - 1, 0, 5)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        try
        {
            await foreach (var change in notifications.WatchAsync(stopping.Token))
            {
                if (change.Resource.HasAnnotationOfType<RestartOnCrashAnnotation>() && Crashed(change) is { } crashes && !stopping.IsCancellationRequested)
                {
                    var log = logs.GetLogger(change.ResourceId);
                    log.LogWarning("The process ended by itself (exit code {ExitCode}); starting it again in {Delay} s (crash {Crashes} in a row).",
                        change.Snapshot.ExitCode, DelayBefore(crashes).TotalSeconds, crashes);
                    _ = StartAgainAsync(change.ResourceId, DelayBefore(crashes), log, stopping.Token);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>Records the instance's new state; when it went from running to ended, how many crashes in a row that makes.</summary>
    private int? Crashed(ResourceEvent change)
    {
        var (previous, runningSince, crashes) = _instances.GetValueOrDefault(change.ResourceId);
        var state = change.Snapshot.State?.Text;
        if (state == KnownResourceStates.Running && previous != KnownResourceStates.Running)
        {
            runningSince = DateTime.UtcNow;
        }

        var crashed = previous == KnownResourceStates.Running && KnownResourceStates.TerminalStates.Contains(state);
        if (crashed)
        {
            crashes = DateTime.UtcNow - runningSince >= StableFor ? 1 : crashes + 1;
        }

        _instances[change.ResourceId] = (state, runningSince, crashes);
        return crashed ? crashes : null;
    }

    private async Task StartAgainAsync(string resourceId, TimeSpan delay, ILogger log, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(delay, stopping);
            if (await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stopping) is { Success: false } failed)
            {
                log.LogError("Starting it again failed: {Error}", failed.Message);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
