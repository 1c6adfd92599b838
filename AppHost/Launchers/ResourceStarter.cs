using PlanetTechCare.AppHost.Hosting;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>Starts one resource once everything it waits for is healthy, turning failures into clear messages.</summary>
internal sealed class ResourceStarter(ResourceRuntime runtime, IReadOnlyDictionary<string, ResourceRuntime> runtimes, TimeSpan timeout)
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WaitForDependenciesAsync(cancellationToken);
            await runtime.StartAsync(cancellationToken);
        }
        catch (OperationCanceledException error) when (cancellationToken.IsCancellationRequested)
        {
            var failure = new DistributedApplicationException(
                $"Resource '{runtime.Name}' was not healthy within {timeout.TotalSeconds:0} s (state {runtime.Status.State}). Last log lines:{Environment.NewLine}{runtime.Log.LastLinesText()}",
                error);
            runtime.Status.Failed(failure);
            throw failure;
        }
        catch (DistributedApplicationException error)
        {
            runtime.Status.Failed(error);
            throw;
        }
        catch (Exception error)
        {
            var failure = new DistributedApplicationException(
                $"Resource '{runtime.Name}' failed to start: {error.Message}{Environment.NewLine}Last log lines:{Environment.NewLine}{runtime.Log.LastLinesText()}",
                error);
            runtime.Status.Failed(failure);
            throw failure;
        }
    }

    private async Task WaitForDependenciesAsync(CancellationToken cancellationToken)
    {
        if (runtime.Dependencies.Count == 0)
        {
            return;
        }

        runtime.Status.Waiting();
        foreach (var name in runtime.Dependencies)
        {
            var dependency = runtimes[name];
            try
            {
                await dependency.WhenHealthy().WaitAsync(cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                throw new DistributedApplicationException(
                    $"Resource '{runtime.Name}' was not started: it waits for '{name}', which failed to start.",
                    new DependencyFailedException(error.Message));
            }
        }
    }
}
