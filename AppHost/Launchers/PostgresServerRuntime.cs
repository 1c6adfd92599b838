using Npgsql;
using PlanetTechCare.AppHost.Hosting;
using PlanetTechCare.AppHost.Processes;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>Runs <c>postgres</c> on a free loopback port, or uses the existing server it was given.</summary>
internal sealed class PostgresServerRuntime : ResourceRuntime, IConnectionStringSource
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);
    private readonly string dataDirectory;
    private readonly bool fsync;
    private ChildProcess? server;

    public PostgresServerRuntime(
        PostgresServerResource resource, string dataDirectory, string? externalConnectionString, bool fsync, LogSink logs)
        : base(resource.Name, logs.For(resource.Name))
    {
        this.dataDirectory = dataDirectory;
        this.fsync = fsync;
        if (externalConnectionString is not null)
        {
            IsExternal = true;
            ConnectionString = externalConnectionString;
            return;
        }

        Port = FreePorts.Next();
        var password = new SecretStore(dataDirectory).GetOrCreate($"{resource.Name}-password");
        ConnectionString = $"Host=127.0.0.1;Port={Port};Username={resource.UserName};Password={password}";
    }

    public bool IsExternal { get; }

    public int? Port { get; }

    public string ConnectionString { get; }

    public override IReadOnlyList<string> Dependencies => [];

    /// <summary>For our own administrative connections: no pool kept open to delay a shutdown.</summary>
    public string AdministrationConnectionString =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Timeout = 5 }.ConnectionString;

    public string DatabaseConnectionString(string databaseName) =>
        IsExternal
            ? new NpgsqlConnectionStringBuilder(ConnectionString) { Database = databaseName }.ConnectionString
            : $"{ConnectionString};Database={databaseName}";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        Status.Starting();
        if (!IsExternal)
        {
            server = await StartServerAsync(cancellationToken);
        }

        await ReadinessProbe.WaitUntilHealthyAsync(Name, Log, server, AnswersQueryAsync, cancellationToken);
        Status.Running();
    }

    public override async Task StopAsync()
    {
        if (server is { } running)
        {
            Status.Set(ResourceState.Stopping);
            await running.StopAsync(NativeMethods.SignalInterrupt, StopGrace); // SIGINT: fast shutdown
            await running.DisposeAsync();
            server = null;
        }

        Status.Set(ResourceState.Stopped);
    }

    public override IReadOnlyList<ResourceSnapshot> Snapshots() =>
        [Status.Snapshot(Name, 0, Port is { } port ? new Uri($"tcp://127.0.0.1:{port}") : null, server is { } s ? [s.ProcessId] : [])];

    private async Task<ChildProcess> StartServerAsync(CancellationToken cancellationToken)
    {
        var binaries = await PostgresBinaries.FindAsync(Log, cancellationToken);
        var password = new NpgsqlConnectionStringBuilder(ConnectionString).Password!;
        var folder = new PostgresDataFolder(Path.Combine(dataDirectory, Name), dataDirectory, binaries, Log);
        await folder.PrepareAsync(password, cancellationToken);
        List<string> arguments =
        [
            "-D", folder.Path, "-p", $"{Port}",
            "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=", // TCP only: no socket folder to own, no path-length limit
            "-c", "max_connections=300",
        ];
        if (!fsync)
        {
            arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        var startInfo = CommandRunner.CommandAs(PostgresDataFolder.ServiceUser, Path.Combine(binaries, "postgres"), arguments);
        startInfo.WorkingDirectory = folder.Path;
        Log.Write($"[apphost] starting PostgreSQL on 127.0.0.1:{Port}");
        return ChildProcess.Start(startInfo, Log);
    }

    private async Task<bool> AnswersQueryAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(AdministrationConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            return await command.ExecuteScalarAsync(cancellationToken) is 1;
        }
        catch (Exception error) when (error is NpgsqlException or TimeoutException or IOException)
        {
            return false;
        }
    }
}
