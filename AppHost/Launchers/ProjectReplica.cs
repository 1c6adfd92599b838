using System.Security.Cryptography;
using PlanetTechCare.AppHost.Hosting;
using PlanetTechCare.AppHost.Processes;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>One process of a project: started, probed on <c>/health</c>, and restarted with back-off when it crashes.</summary>
internal sealed class ProjectReplica(ProjectRuntime project, int index, Uri endpoint, DistributedApplicationOptions options)
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);
    private static readonly HttpClient HealthClient = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly CancellationTokenSource stopping = new();
    private ChildProcess? process;
    private Task supervision = Task.CompletedTask;

    public int Index { get; } = index;

    public Uri Endpoint { get; } = endpoint;

    /// <summary>Random per replica: <c>service.instance.id</c> for OpenTelemetry.</summary>
    public string InstanceId { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public ResourceStatus Status { get; } = new();

    private int? LogReplica => project.Replicas.Count > 1 ? Index : null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await StartProcessAndWaitAsync(cancellationToken);
        }
        catch (Exception error)
        {
            Status.Failed(error);
            throw;
        }

        supervision = Task.Run(() => SuperviseAsync(stopping.Token), CancellationToken.None);
    }

    /// <summary>SIGKILL, as a crash: the supervision restarts the replica.</summary>
    public async Task KillAsync()
    {
        if (process is not { } running)
        {
            throw new InvalidOperationException($"'{project.Name}' replica {Index} is not running.");
        }

        running.Kill();
        await running.Exited;
        var deadline = DateTimeOffset.UtcNow.AddSeconds(5);
        while (Status.State == ResourceState.Running && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }

    public async Task StopAsync()
    {
        await stopping.CancelAsync();
        await supervision;
        if (process is { } running)
        {
            Status.Set(ResourceState.Stopping);
            await running.StopAsync(NativeMethods.SignalTerminate, StopGrace);
            await running.DisposeAsync();
            process = null;
        }

        Status.Set(ResourceState.Stopped);
    }

    public ResourceSnapshot Snapshot() =>
        Status.Snapshot(project.Name, Index, Endpoint, process is { HasExited: false } running ? [running.ProcessId] : []);

    private async Task StartProcessAndWaitAsync(CancellationToken cancellationToken)
    {
        Status.Starting();
        var startInfo = CommandRunner.Command(DotnetHost(), project.AssemblyPath);
        startInfo.WorkingDirectory = project.OutputDirectory;
        foreach (var (key, value) in project.EnvironmentOf(this))
        {
            startInfo.Environment[key] = value;
        }

        process = ChildProcess.Start(startInfo, project.Log, LogReplica);
        await ReadinessProbe.WaitUntilHealthyAsync(project.Name, project.Log, process, AnswersHealthAsync, cancellationToken);
        Status.Running();
    }

    private async Task SuperviseAsync(CancellationToken stopToken)
    {
        var failures = 0;
        while (!stopToken.IsCancellationRequested && process is { } running)
        {
            await Task.WhenAny(running.Exited, Task.Delay(Timeout.Infinite, stopToken));
            if (stopToken.IsCancellationRequested)
            {
                return;
            }

            var delay = TimeSpan.FromTicks(Math.Min(options.InitialRestartDelay.Ticks << Math.Min(failures, 16), options.MaximumRestartDelay.Ticks));
            project.Log.Write($"[apphost] exited with code {running.ExitCode}; restarting in {delay.TotalSeconds:0.#} s", LogReplica);
            Status.Restarting();
            await running.DisposeAsync();
            try
            {
                await Task.Delay(delay, stopToken);
                await StartProcessAndWaitAsync(stopToken);
                failures = 0;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (DistributedApplicationException)
            {
                failures++; // exited again before it was healthy: back off further
            }
        }
    }

    private async Task<bool> AnswersHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await HealthClient.GetAsync(new Uri(Endpoint, "/health"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : "dotnet";
}
