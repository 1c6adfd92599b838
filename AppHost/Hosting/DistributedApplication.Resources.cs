using PlanetTechCare.AppHost.Launchers;

namespace PlanetTechCare.AppHost.Hosting;

/// <summary>Reading and steering resources of a started application (as Aspire.Hosting.Testing offers).</summary>
public sealed partial class DistributedApplication
{
    /// <summary>A client whose base address is the resource's HTTP endpoint (replica 0 by default).</summary>
    public HttpClient CreateHttpClient(string resourceName, int replica = 0) => new() { BaseAddress = GetEndpoint(resourceName, replica) };

    public Uri GetEndpoint(string resourceName, int replica = 0) =>
        Runtime<ProjectRuntime>(resourceName).Replicas is var replicas && replica >= 0 && replica < replicas.Count
            ? replicas[replica].Endpoint
            : throw new ArgumentOutOfRangeException(nameof(replica), $"'{resourceName}' has no replica {replica}.");

    /// <summary>The connection string a project referencing the resource receives (known from <c>Build()</c> on).</summary>
    public ValueTask<string?> GetConnectionStringAsync(string resourceName, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<string?>(Runtime<IConnectionStringSource>(resourceName).ConnectionString);

    /// <summary>Waits until the resource (every replica) is healthy; throws if it failed to start.</summary>
    public Task WaitForResourceHealthyAsync(string resourceName, CancellationToken cancellationToken = default) =>
        Runtime<ResourceRuntime>(resourceName).WhenHealthy().WaitAsync(cancellationToken);

    public ResourceSnapshot GetResourceSnapshot(string resourceName, int replica = 0) =>
        Runtime<ResourceRuntime>(resourceName).Snapshots()[replica];

    /// <summary>Every resource and replica, in declaration order.</summary>
    public IReadOnlyList<ResourceSnapshot> GetResourceSnapshots() => [.. runtimes.Values.SelectMany(runtime => runtime.Snapshots())];

    /// <summary>The variables a project replica is given on top of the AppHost's own environment (Aspire's contract).</summary>
    public IReadOnlyDictionary<string, string> GetProjectEnvironment(string resourceName, int replica = 0)
    {
        var project = Runtime<ProjectRuntime>(resourceName);
        return project.EnvironmentOf(project.Replicas[replica]);
    }

    /// <summary>SIGKILLs a project replica, as a crash would; the orchestrator restarts it with back-off.</summary>
    public Task KillAsync(string resourceName, int replica = 0) => Runtime<ProjectRuntime>(resourceName).Replicas[replica].KillAsync();

    /// <summary>Stops one resource (e.g. the broker, to test how services ride out its absence).</summary>
    public Task StopResourceAsync(string resourceName) => Runtime<ResourceRuntime>(resourceName).StopAsync();

    /// <summary>Starts again a resource stopped by <see cref="StopResourceAsync"/>, on the same port; returns once healthy.</summary>
    public Task StartResourceAsync(string resourceName, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(stopped, this);
        return new ResourceStarter(Runtime<ResourceRuntime>(resourceName), runtimes, options.StartupTimeout).StartAsync(cancellationToken);
    }

    private T Runtime<T>(string resourceName)
        where T : class
    {
        if (!runtimes.TryGetValue(resourceName, out var runtime))
        {
            throw new ArgumentException($"No resource named '{resourceName}' is declared.", nameof(resourceName));
        }

        return runtime as T ?? throw new ArgumentException(
            $"Resource '{resourceName}' is a {runtime.GetType().Name.Replace("Runtime", string.Empty, StringComparison.Ordinal)}, which does not support this.",
            nameof(resourceName));
    }
}
