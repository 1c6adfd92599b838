namespace PlanetTechCare.AppHost.LocalServers;

/// <summary>
/// Everything a private RabbitMQ node keeps: its configuration, its plug-in list (none for a fast
/// start, or the management plug-in), its database, its logs, and a private HOME for the Erlang cookie.
/// </summary>
public sealed class RabbitMQNodeFolder(string path)
{
    public string Path { get; } = path;

    public string Home => System.IO.Path.Combine(Path, "home");

    public string DatabaseBase => System.IO.Path.Combine(Path, "mnesia");

    public string LogBase => System.IO.Path.Combine(Path, "log");

    public string ConfigFile => System.IO.Path.Combine(Path, "rabbitmq.conf");

    public string EnabledPluginsFile => System.IO.Path.Combine(Path, "enabled_plugins");

    public string EnvironmentFile => System.IO.Path.Combine(Path, "rabbitmq-env.conf");

    public string AdvancedConfigFile => System.IO.Path.Combine(Path, "advanced.config");

    public void Write(string user, string password, int? managementPort)
    {
        foreach (var folder in new[] { Home, DatabaseBase, LogBase })
        {
            Directory.CreateDirectory(folder);
        }

        File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(EnabledPluginsFile, managementPort is null ? "[].\n" : "[rabbitmq_management].\n");
        File.WriteAllText(EnvironmentFile, "# Intentionally empty: every setting comes from the AppHost's environment.\n");
        File.WriteAllLines(ConfigFile,
        [
            $"default_user = {user}",
            $"default_pass = {password}",
            "default_user_tags.administrator = true",
            "loopback_users = none",
            "disk_free_limit.absolute = 50MB",
            "log.console = true",
            "log.console.level = warning",
            "log.file.level = info",
            .. managementPort is { } port ? ["management.tcp.ip = 127.0.0.1", $"management.tcp.port = {port}"] : Array.Empty<string>(),
        ]);
        File.SetUnixFileMode(ConfigFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
