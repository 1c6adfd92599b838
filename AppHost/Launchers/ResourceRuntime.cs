using PlanetTechCare.AppHost.Hosting;
using PlanetTechCare.AppHost.Processes;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>The running side of a declared resource: starts it, probes it, stops it.</summary>
internal abstract class ResourceRuntime(string name, ResourceLog log)
{
    public string Name { get; } = name;

    public ResourceLog Log { get; } = log;

    public ResourceStatus Status { get; } = new();

    /// <summary>Resources that must be healthy before this one starts.</summary>
    public abstract IReadOnlyList<string> Dependencies { get; }

    /// <summary>Completes once the resource (every replica) is healthy; faults when it failed to start.</summary>
    public virtual Task WhenHealthy() => Status.Healthy;

    /// <summary>Starts the resource and returns once it is healthy.</summary>
    public abstract Task StartAsync(CancellationToken cancellationToken);

    public abstract Task StopAsync();

    public abstract IReadOnlyList<ResourceSnapshot> Snapshots();
}
