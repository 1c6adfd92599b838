using Microsoft.Extensions.Logging;

namespace PlanetTechCare.AppHost.LocalServers;

/// <summary>
/// A PostgreSQL data folder: initialised once (initdb) with the kept password, owned by the
/// <c>postgres</c> user when we are root (PostgreSQL refuses to run as root).
/// </summary>
internal static class PostgresDataFolder
{
    public const string ServiceUser = "postgres";

    public static async Task PrepareAsync(LocalPostgresResource server, string binaries, string dataRoot, ILogger log, CancellationToken cancellationToken)
    {
        var path = server.DataDirectory;
        if (Environment.IsPrivilegedProcess)
        {
            MakeTraversable(Directory.GetParent(path)!, dataRoot);
            await Commands.RunAsync(log, "chown", "-R", $"{ServiceUser}:{ServiceUser}", path);
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (File.Exists(Path.Combine(path, "PG_VERSION")))
        {
            return;
        }

        var passwordFile = path + ".initdb-password";
        await File.WriteAllTextAsync(passwordFile, await server.Password.GetValueAsync(cancellationToken), cancellationToken);
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                await Commands.RunAsync(log, "chown", $"{ServiceUser}:{ServiceUser}", passwordFile);
            }

            var initdb = Path.Combine(binaries, "initdb");
            await Commands.RunAsync(log, Commands.Launcher(initdb),
            [
                .. Commands.AsUser(ServiceUser, initdb), "-D", path, "-U", LocalPostgresResource.SuperUser, "--auth=scram-sha-256",
                $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions",
            ]);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>The postgres user must be able to walk down to the data folder: o+x on the folders above it that are ours.</summary>
    private static void MakeTraversable(DirectoryInfo? directory, string dataRoot)
    {
        for (; directory is not null; directory = directory.Parent)
        {
            var mode = File.GetUnixFileMode(directory.FullName);
            if (mode.HasFlag(UnixFileMode.OtherExecute))
            {
                continue;
            }

            if (!directory.FullName.StartsWith(dataRoot, StringComparison.Ordinal))
            {
                throw new DistributedApplicationException(
                    $"The '{ServiceUser}' user cannot reach the data folder: {directory.FullName} is not traversable (chmod o+x it, or set AppHost:DataDirectory elsewhere).");
            }

            File.SetUnixFileMode(directory.FullName, mode | UnixFileMode.OtherExecute);
        }
    }
}
