using PlanetTechCare.AppHost.Hosting;
using PlanetTechCare.AppHost.Processes;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>Runs a project's replicas from its build output (<c>dotnet bin/&lt;Configuration&gt;/net10.0/PlanetTechCare.&lt;Project&gt;.dll</c>).</summary>
internal sealed class ProjectRuntime : ResourceRuntime
{
    private const string TargetFramework = "net10.0";

    public ProjectRuntime(ProjectResource resource, string repositoryRoot, string configuration, DistributedApplicationOptions options, LogSink logs)
        : base(resource.Name, logs.For(resource.Name))
    {
        if (resource.HttpPort is not null && resource.Replicas > 1)
        {
            throw new InvalidOperationException(
                $"'{resource.Name}' has a fixed HTTP port and {resource.Replicas} replicas: replicas need free ports (WithHttpEndpoint(port: 0)).");
        }

        Resource = resource;
        var projectFile = Path.GetFullPath(Path.Combine(repositoryRoot, resource.ProjectPath));
        OutputDirectory = Path.Combine(Path.GetDirectoryName(projectFile)!, "bin", configuration, TargetFramework);
        AssemblyPath = Path.Combine(OutputDirectory, $"PlanetTechCare.{Path.GetFileNameWithoutExtension(projectFile)}.dll");
        Replicas = Enumerable.Range(0, resource.Replicas)
            .Select(index => new ProjectReplica(this, index, EndpointFor(resource.HttpPort), options))
            .ToList();
    }

    public ProjectResource Resource { get; }

    public string OutputDirectory { get; }

    public string AssemblyPath { get; }

    public IReadOnlyList<ProjectReplica> Replicas { get; }

    public override IReadOnlyList<string> Dependencies => [.. Resource.WaitsFor.Select(dependency => dependency.Name)];

    /// <summary>Filled in by the application once every runtime exists (references need their endpoints).</summary>
    internal Func<ProjectReplica, IReadOnlyDictionary<string, string>> EnvironmentOf { get; set; } = _ => new Dictionary<string, string>();

    public override Task WhenHealthy() => Task.WhenAll(Replicas.Select(replica => replica.Status.Healthy));

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(AssemblyPath))
        {
            var error = new DistributedApplicationException(
                $"Resource '{Name}': {AssemblyPath} is missing. Build the solution first (dotnet build), or run the AppHost with 'dotnet run --project AppHost'.");
            Status.Failed(error);
            foreach (var replica in Replicas)
            {
                replica.Status.Failed(error);
            }

            throw error;
        }

        Status.Starting();
        try
        {
            await Task.WhenAll(Replicas.Select(replica => replica.StartAsync(cancellationToken)));
        }
        catch (Exception error)
        {
            Status.Failed(error);
            throw;
        }

        Status.Running();
    }

    public override async Task StopAsync()
    {
        Status.Set(ResourceState.Stopping);
        await Task.WhenAll(Replicas.Select(replica => replica.StopAsync()));
        Status.Set(ResourceState.Stopped);
    }

    public override IReadOnlyList<ResourceSnapshot> Snapshots() => [.. Replicas.Select(replica => replica.Snapshot())];

    private static Uri EndpointFor(int? fixedPort) =>
        fixedPort is { } port ? new Uri($"http://localhost:{port}") : new Uri($"http://127.0.0.1:{FreePorts.Next()}");
}
