namespace PlanetTechCare.AppHost.LocalServers;

/// <summary>A RabbitMQ node run as a plain process on loopback ports, its files in <see cref="NodeDirectory"/>.</summary>
public sealed class LocalRabbitMQResource(string name, string nodeDirectory, ParameterResource user, ParameterResource password)
    : ExecutableResource(name, ServerScript, nodeDirectory), IResourceWithConnectionString
{
    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string ManagementEndpointName = "management";

    /// <summary>What the node keeps where, by the variable that tells it (HOME holds the Erlang cookie).</summary>
    public static readonly IReadOnlyDictionary<string, string> NodeFiles = new Dictionary<string, string>
    {
        ["HOME"] = "home", ["RABBITMQ_MNESIA_BASE"] = "mnesia", ["RABBITMQ_LOG_BASE"] = "log",
        ["RABBITMQ_CONFIG_FILE"] = "rabbitmq.conf", ["RABBITMQ_ADVANCED_CONFIG_FILE"] = "advanced.config",
        ["RABBITMQ_CONF_ENV_FILE"] = "rabbitmq-env.conf", ["RABBITMQ_ENABLED_PLUGINS_FILE"] = "enabled_plugins",
    };

    public string NodeDirectory { get; } = nodeDirectory;

    public EndpointReference Amqp => new(this, "tcp");

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{user}:{password}@127.0.0.1:{Amqp.Property(EndpointProperty.Port)}");

    public string PathOf(string file) => Path.Combine(NodeDirectory, file);

    /// <summary>Writes the node's configuration: the generated credentials, no plug-in but the management one when asked, logs to the console.</summary>
    public async Task WriteConfigurationAsync(int? managementPort, CancellationToken cancellationToken)
    {
        foreach (var folder in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(PathOf(folder));
        }

        await File.WriteAllTextAsync(PathOf("enabled_plugins"), managementPort is null ? "[].\n" : "[rabbitmq_management].\n", cancellationToken);
        await File.WriteAllTextAsync(PathOf("rabbitmq-env.conf"), "# Every setting comes from the AppHost's environment.\n", cancellationToken);
        await File.WriteAllLinesAsync(PathOf("rabbitmq.conf"),
        [
            $"default_user = {await user.GetValueAsync(cancellationToken)}",
            $"default_pass = {await password.GetValueAsync(cancellationToken)}",
            "default_user_tags.administrator = true", "loopback_users = none", "disk_free_limit.absolute = 50MB",
            "log.console = true", "log.console.level = warning", "log.file.level = info",
            .. managementPort is { } port ? ["management.tcp.ip = 127.0.0.1", $"management.tcp.port = {port}"] : Array.Empty<string>(),
        ], cancellationToken);
        File.SetUnixFileMode(PathOf("rabbitmq.conf"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
