using System.Reflection;
using PlanetTechCare.AppHost.Launchers;
using PlanetTechCare.AppHost.Processes;

namespace PlanetTechCare.AppHost.Hosting;

/// <summary>The built app model: starts every resource (respecting <c>WaitFor</c>), and stops them all.</summary>
public sealed partial class DistributedApplication : IAsyncDisposable
{
    private readonly Dictionary<string, ResourceRuntime> runtimes = new(StringComparer.OrdinalIgnoreCase);
    private readonly DistributedApplicationOptions options;
    private readonly LogSink logs;
    private readonly DataFolderLock dataFolderLock;
    private readonly string? temporaryDataDirectory;
    private readonly SecretStore secrets;
    private readonly CancellationTokenSource lifetime = new();
    private readonly SemaphoreSlim stopGate = new(1, 1);
    private Task starting = Task.CompletedTask;
    private bool stopped;

    internal DistributedApplication(DistributedApplicationBuilder builder)
    {
        options = builder.Options;
        Configuration = builder.Configuration;
        DataDirectory = Path.GetFullPath(builder.DataDirectory);
        temporaryDataDirectory = builder.TemporaryDataDirectory;
        StartupNotes = [.. builder.StartupNotes];
        Directory.CreateDirectory(DataDirectory);
        secrets = new SecretStore(DataDirectory);
        dataFolderLock = DataFolderLock.Acquire(DataDirectory);
        logs = new LogSink(options.LogToFiles ? Path.Combine(DataDirectory, "logs") : null);
        try
        {
            foreach (var resource in builder.Resources)
            {
                runtimes[resource.Name] = CreateRuntime(resource);
            }
        }
        catch
        {
            dataFolderLock.Dispose();
            DeleteTemporaryDataDirectory();
            throw;
        }

        foreach (var project in runtimes.Values.OfType<ProjectRuntime>())
        {
            project.EnvironmentOf = replica => ProjectEnvironment.For(project, replica, runtimes, Configuration, GetSecret);
        }
    }

    public IConfiguration Configuration { get; }

    public string DataDirectory { get; }

    internal IReadOnlyList<Func<DistributedApplication, string>> StartupNotes { get; }

    /// <summary>The value of a generated secret: created on first use, then read from the data folder.</summary>
    public string GetSecret(GeneratedSecret secret) => secrets.GetOrCreate(secret.Name, secret.Length);

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(args);

    /// <summary>Starts everything; returns once every resource is healthy, or throws naming the one that failed.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(stopped, this);
        starting = StartAllAsync(cancellationToken);
        return starting;
    }

    /// <summary>Stops every process it started (projects first, then databases and brokers).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await stopGate.WaitAsync(cancellationToken);
        try
        {
            if (stopped)
            {
                return;
            }

            stopped = true;
            await lifetime.CancelAsync();
            await starting.ContinueWith(_ => { }, TaskScheduler.Default);
            await Task.WhenAll(runtimes.Values.OfType<ProjectRuntime>().Select(project => project.StopAsync()));
            await Task.WhenAll(runtimes.Values.Where(runtime => runtime is not ProjectRuntime).Select(runtime => runtime.StopAsync()));
        }
        finally
        {
            stopGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        lifetime.Dispose();
        dataFolderLock.Dispose();
        DeleteTemporaryDataDirectory();
    }

    private void DeleteTemporaryDataDirectory()
    {
        logs.Dispose();
        if (temporaryDataDirectory is not null && Directory.Exists(temporaryDataDirectory))
        {
            Directory.Delete(temporaryDataDirectory, recursive: true);
        }
    }

    private async Task StartAllAsync(CancellationToken cancellationToken)
    {
        using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.Token);
        startup.CancelAfter(options.StartupTimeout);
        var starts = runtimes.Values.Select(runtime => new ResourceStarter(runtime, runtimes, options.StartupTimeout).StartAsync(startup.Token)).ToList();
        try
        {
            await Task.WhenAll(starts);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested && !lifetime.IsCancellationRequested)
        {
            var failures = starts.Where(start => start.IsFaulted).Select(start => start.Exception!.InnerException!).ToList();
            var rootCauses = failures.Where(error => error.InnerException is not DependencyFailedException).ToList();
            throw new DistributedApplicationException(
                string.Join(Environment.NewLine, (rootCauses.Count > 0 ? rootCauses : failures).Select(error => error.Message)),
                failures[0]);
        }
    }

    private ResourceRuntime CreateRuntime(IResource resource) => resource switch
    {
        PostgresServerResource server => new PostgresServerRuntime(
            server, DataDirectory, Configuration.GetConnectionString(server.Name), options.PostgresFsync, logs),
        PostgresDatabaseResource database => new PostgresDatabaseRuntime(database, (PostgresServerRuntime)runtimes[database.Server.Name]),
        RabbitMQServerResource broker => new RabbitMQRuntime(broker, DataDirectory, Configuration.GetConnectionString(broker.Name), logs),
        ProjectResource project => new ProjectRuntime(project, RepositoryRoot.Find(), BuildConfiguration(), options, logs),
        _ => throw new NotSupportedException($"Resource '{resource.Name}' of type {resource.GetType().Name} is not supported."),
    };

    /// <summary>Projects run from the build output of the AppHost's own configuration (Debug or Release).</summary>
    private static string BuildConfiguration() =>
        typeof(DistributedApplication).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
