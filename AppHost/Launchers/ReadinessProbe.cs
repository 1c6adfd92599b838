using PlanetTechCare.AppHost.Hosting;
using PlanetTechCare.AppHost.Processes;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>Polls a health check until it passes, failing fast when the process exits first.</summary>
internal static class ReadinessProbe
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task WaitUntilHealthyAsync(
        string resourceName,
        ResourceLog log,
        ChildProcess? process,
        Func<CancellationToken, Task<bool>> isHealthy,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process is { HasExited: true })
            {
                throw new DistributedApplicationException(
                    $"Resource '{resourceName}' exited with code {process.ExitCode} before it was healthy. Last log lines:{Environment.NewLine}{log.LastLinesText()}");
            }

            if (await isHealthy(cancellationToken))
            {
                return;
            }

            var delay = Task.Delay(PollInterval, cancellationToken);
            await (process is null ? delay : Task.WhenAny(delay, process.Exited));
        }
    }
}
