using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace PlanetTechCare.TestSupport;

/// <summary>What tests do to a running app model: start it until healthy, read a resource's state, kill or stop it.</summary>
public static class RunningApps
{
    private const string ProcessIdProperty = "executable.pid";
    private const string UrlsVariable = "ASPNETCORE_URLS";
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(4);

    /// <summary>Starts the app and waits until every resource with health checks (every server and service) is healthy.</summary>
    public static async Task StartHealthyAsync(this DistributedApplication app)
    {
        using var timeout = new CancellationTokenSource(StartupTimeout);
        await app.StartAsync(timeout.Token);
        var awaited = app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Where(resource => resource.Annotations.OfType<HealthCheckAnnotation>().Any())
            .Select(resource => resource.Name).ToList();
        var waits = awaited.Select(name => app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token)).ToList();
        try
        {
            await Task.WhenAll(waits);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var late = awaited.Where((_, index) => !waits[index].IsCompletedSuccessfully);
            throw new TimeoutException($"Not healthy after {StartupTimeout.TotalMinutes} min: {string.Join(", ", late)}.");
        }
    }

    /// <summary>The instance ids of a resource (one per replica), in a stable order.</summary>
    public static async Task<IReadOnlyList<string>> InstancesAsync(this DistributedApplication app, string name)
    {
        var resource = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == name);
        var replicas = resource.Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1;
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var change in app.ResourceNotifications.WatchAsync(timeout.Token))
        {
            if (change.Resource.Name == name && ids.Add(change.ResourceId) && ids.Count == replicas)
            {
                break;
            }
        }

        return [.. ids];
    }

    /// <summary>The current state of one instance of a resource.</summary>
    public static async Task<CustomResourceSnapshot> SnapshotAsync(this DistributedApplication app, string name, int replica = 0)
    {
        var id = (await app.InstancesAsync(name))[replica];
        return app.ResourceNotifications.TryGetCurrentState(id, out var current)
            ? current.Snapshot
            : throw new InvalidOperationException($"No state for {id}.");
    }

    /// <summary>The process id of one instance of a resource, while it runs.</summary>
    public static async Task<int?> ProcessIdAsync(this DistributedApplication app, string name, int replica = 0) =>
        ProcessIdOf(await app.SnapshotAsync(name, replica));

    private static int? ProcessIdOf(CustomResourceSnapshot snapshot) =>
        KnownResourceStates.TerminalStates.Contains(snapshot.State?.Text) ? null : snapshot.Properties.FirstOrDefault(p => p.Name == ProcessIdProperty)?.Value switch
        {
            int pid => pid,
            long pid => (int)pid,
            string text when int.TryParse(text, out var pid) => pid,
            _ => null,
        };

    /// <summary>
    /// Kills one instance of a resource and every process it started with SIGKILL, as a crash would,
    /// and returns once Aspire has seen it end (until then its state still says it runs).
    /// </summary>
    public static async Task KillAsync(this DistributedApplication app, string name, int replica = 0)
    {
        var id = (await app.InstancesAsync(name))[replica];
        var pid = await app.ProcessIdAsync(name, replica) ?? throw new InvalidOperationException($"{name} #{replica} has no process.");
        using (var process = Process.GetProcessById(pid))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.ResourceNotifications.WaitForResourceAsync(name, change => change.ResourceId == id && ProcessIdOf(change.Snapshot) != pid, timeout.Token);
    }

    /// <summary>
    /// Waits until one instance of a resource runs again in a new process and is healthy; a project
    /// answers its own <c>/health</c> (Aspire's last report may still be the old process's).
    /// </summary>
    public static async Task WaitUntilRestartedAsync(this DistributedApplication app, string name, int replica = 0, int timeoutSeconds = 120)
    {
        var isProject = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == name) is ProjectResource;
        await Eventually.HoldsAsync(async () =>
        {
            if (await app.ProcessIdAsync(name, replica) is null)
            {
                return false;
            }

            if (!isProject)
            {
                return (await app.SnapshotAsync(name, replica)).HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy;
            }

            // A new process's environment reaches its state a moment after its process id does.
            if (await app.ReplicaAddressAsync(name, replica) is not { } address)
            {
                return false;
            }

            try
            {
                using var http = ClientOf(address);
                return (await http.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode;
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, $"{name} #{replica} runs again, healthy", timeoutSeconds);
    }

    /// <summary>Stops a resource through Aspire's stop command (as from the dashboard) and waits until it has stopped.</summary>
    public static async Task StopResourceAsync(this DistributedApplication app, string name)
    {
        foreach (var id in await app.InstancesAsync(name))
        {
            var result = await app.ResourceCommands.ExecuteCommandAsync(id, KnownResourceCommands.StopCommand);
            if (!result.Success)
            {
                throw new InvalidOperationException($"{id}: {result.Message}");
            }
        }

        await app.ResourceNotifications.WaitForResourceAsync(name, KnownResourceStates.TerminalStates);
    }

    /// <summary>Starts a stopped resource again through Aspire's start command and waits until it is healthy.</summary>
    public static async Task StartResourceAsync(this DistributedApplication app, string name)
    {
        foreach (var id in await app.InstancesAsync(name))
        {
            var result = await app.ResourceCommands.ExecuteCommandAsync(id, KnownResourceCommands.StartCommand);
            if (!result.Success)
            {
                throw new InvalidOperationException($"{id}: {result.Message}");
            }
        }

        using var timeout = new CancellationTokenSource(StartupTimeout);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
    }

    /// <summary>The environment the running process of a project (one of its replicas) was given.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> EnvironmentAsync(this DistributedApplication app, string name, int replica = 0) =>
        (await app.SnapshotAsync(name, replica)).EnvironmentVariables
            .Where(variable => variable.IsFromSpec && variable.Value is not null)
            .ToDictionary(variable => variable.Name, variable => variable.Value!);

    /// <summary>A client of one replica's own address, behind the endpoint DCP's proxy shares among the replicas.</summary>
    public static async Task<HttpClient> ReplicaClientAsync(this DistributedApplication app, string name, int replica) =>
        ClientOf(await app.ReplicaAddressAsync(name, replica) ?? throw new InvalidOperationException($"{name} #{replica} has no address (yet)."));

    private static async Task<Uri?> ReplicaAddressAsync(this DistributedApplication app, string name, int replica) =>
        (await app.EnvironmentAsync(name, replica)).TryGetValue(UrlsVariable, out var urls) ? new Uri(urls.Split(';')[0]) : null;

    private static HttpClient ClientOf(Uri address) => new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Every instance (replica) of every resource that runs a process, read once; their process ids change on restart.</summary>
    public static async Task<IReadOnlyList<ResourceInstance>> ProcessInstancesAsync(this DistributedApplication app)
    {
        var instances = new List<ResourceInstance>();
        foreach (var resource in app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Where(r => r is ExecutableResource or ProjectResource))
        {
            instances.AddRange((await app.InstancesAsync(resource.Name)).Select((id, replica) => new ResourceInstance(resource.Name, replica, id)));
        }

        return instances;
    }

    /// <summary>The current process of an instance, if it runs.</summary>
    public static int? ProcessId(this DistributedApplication app, ResourceInstance instance) =>
        app.ResourceNotifications.TryGetCurrentState(instance.Id, out var current) ? ProcessIdOf(current.Snapshot) : null;
}
