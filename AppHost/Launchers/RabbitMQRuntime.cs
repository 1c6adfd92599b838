using PlanetTechCare.AppHost.Hosting;
using PlanetTechCare.AppHost.Processes;
using RabbitMQ.Client;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>
/// Runs a private RabbitMQ node (with its own Erlang port mapper) on fixed free loopback ports,
/// so it can be stopped and started again on the same port; or uses the existing broker it was given.
/// </summary>
internal sealed class RabbitMQRuntime : ResourceRuntime, IConnectionStringSource
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);
    private readonly RabbitMQNodeFolder? folder;
    private readonly string? user;
    private readonly string? password;
    private readonly string? nodeName;
    private readonly int distributionPort;
    private readonly int portMapperPort;
    private ChildProcess? portMapper;
    private ChildProcess? node;

    public RabbitMQRuntime(RabbitMQServerResource resource, string dataDirectory, string? externalConnectionString, LogSink logs)
        : base(resource.Name, logs.For(resource.Name))
    {
        if (externalConnectionString is not null)
        {
            ConnectionString = externalConnectionString;
            return;
        }

        var secrets = new SecretStore(dataDirectory);
        user = "ptc-" + secrets.GetOrCreate($"{resource.Name}-user", 8).ToLowerInvariant();
        password = secrets.GetOrCreate($"{resource.Name}-password");
        nodeName = $"ptc-{secrets.GetOrCreate($"{resource.Name}-node", 10).ToLowerInvariant()}@localhost";
        folder = new RabbitMQNodeFolder(Path.Combine(dataDirectory, resource.Name));
        Port = FreePorts.Next();
        distributionPort = FreePorts.Next();
        portMapperPort = FreePorts.Next();
        ConnectionString = $"amqp://{user}:{password}@127.0.0.1:{Port}";
        ManagementEndpoint = resource.ManagementPlugin ? new Uri($"http://127.0.0.1:{FreePorts.Next()}") : null;
    }

    public int? Port { get; }

    /// <summary>The Erlang node name, unique per data folder (e.g. <c>ptc-…@localhost</c>).</summary>
    public string? NodeName => nodeName;

    public string ConnectionString { get; }

    /// <summary>The management plug-in's HTTP API, when the node runs it.</summary>
    public Uri? ManagementEndpoint { get; }

    public override IReadOnlyList<string> Dependencies => [];

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        Status.Starting();
        if (folder is not null)
        {
            await StartNodeAsync(folder, cancellationToken);
        }

        await ReadinessProbe.WaitUntilHealthyAsync(Name, Log, node, AcceptsConnectionAsync, cancellationToken);
        Status.Running();
    }

    public override async Task StopAsync()
    {
        if (node is not null || portMapper is not null)
        {
            Status.Set(ResourceState.Stopping);
        }

        if (node is { } running)
        {
            await running.StopAsync(NativeMethods.SignalTerminate, StopGrace); // the script stops the node gracefully
            await running.DisposeAsync();
            node = null;
        }

        if (portMapper is { } mapper)
        {
            await mapper.StopAsync(NativeMethods.SignalTerminate, TimeSpan.FromSeconds(5));
            await mapper.DisposeAsync();
            portMapper = null;
        }

        Status.Set(ResourceState.Stopped);
    }

    public override IReadOnlyList<ResourceSnapshot> Snapshots() =>
        [Status.Snapshot(Name, 0, Port is { } port ? new Uri($"amqp://127.0.0.1:{port}") : null, ProcessIds())];

    private IReadOnlyList<int> ProcessIds() =>
        new[] { portMapper, node }.OfType<ChildProcess>().Select(process => process.ProcessId).ToList();

    private async Task StartNodeAsync(RabbitMQNodeFolder nodeFolder, CancellationToken cancellationToken)
    {
        await DebianPackages.EnsureInstalledAsync(ServerScript, "rabbitmq-server", Log, cancellationToken);
        nodeFolder.Write(Port!.Value, user!, password!, ManagementEndpoint?.Port);
        portMapper = ChildProcess.Start(
            CommandRunner.Command("epmd", "-port", $"{portMapperPort}", "-address", "127.0.0.1"), Log);
        await ReadinessProbe.WaitUntilHealthyAsync(
            Name, Log, portMapper, token => FreePorts.IsListeningAsync(portMapperPort, token), cancellationToken);
        Log.Write($"[apphost] starting RabbitMQ node {nodeName} on 127.0.0.1:{Port}");
        node = ChildProcess.Start(NodeStartInfo(nodeFolder), Log);
    }

    private System.Diagnostics.ProcessStartInfo NodeStartInfo(RabbitMQNodeFolder nodeFolder)
    {
        var startInfo = CommandRunner.Command(ServerScript);
        startInfo.WorkingDirectory = nodeFolder.Path;
        var environment = startInfo.Environment;
        environment["HOME"] = nodeFolder.Home;
        environment["RABBITMQ_NODENAME"] = nodeName;
        environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        environment["RABBITMQ_NODE_PORT"] = $"{Port}";
        environment["RABBITMQ_DIST_PORT"] = $"{distributionPort}";
        environment["RABBITMQ_MNESIA_BASE"] = nodeFolder.DatabaseBase;
        environment["RABBITMQ_LOG_BASE"] = nodeFolder.LogBase;
        environment["RABBITMQ_CONFIG_FILE"] = nodeFolder.ConfigFile;
        environment["RABBITMQ_ADVANCED_CONFIG_FILE"] = nodeFolder.AdvancedConfigFile;
        environment["RABBITMQ_CONF_ENV_FILE"] = nodeFolder.EnvironmentFile;
        environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = nodeFolder.EnabledPluginsFile;
        environment["RABBITMQ_PID_FILE"] = nodeFolder.ProcessIdFile;
        environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
        environment["ERL_EPMD_PORT"] = $"{portMapperPort}";
        environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        return startInfo;
    }

    private async Task<bool> AcceptsConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(ConnectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(5) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return connection.IsOpen;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return false;
        }
    }
}
