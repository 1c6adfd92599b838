using PlanetTechCare.AppHost.Processes;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>
/// A PostgreSQL data folder: initialised once (initdb) with the kept password, owned by the
/// <c>postgres</c> user when we are root (PostgreSQL refuses to run as root).
/// </summary>
internal sealed class PostgresDataFolder(string path, string dataDirectory, string binDirectory, ResourceLog log)
{
    public const string ServiceUser = "postgres";

    public string Path { get; } = path;

    public bool IsInitialised => File.Exists(System.IO.Path.Combine(Path, "PG_VERSION"));

    public async Task PrepareAsync(string superuserPassword, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path);
        if (NativeMethods.IsRoot)
        {
            MakeAncestorsTraversable();
            await CommandRunner.RunAsync(CommandRunner.Command("chown", "-R", $"{ServiceUser}:{ServiceUser}", Path), log, cancellationToken);
        }

        UnixFileModes.Set(Path, UnixFileModes.OwnerOnly);
        if (!IsInitialised)
        {
            await InitialiseAsync(superuserPassword, cancellationToken);
        }
    }

    private async Task InitialiseAsync(string superuserPassword, CancellationToken cancellationToken)
    {
        var passwordFile = Path + ".initdb-password";
        await File.WriteAllTextAsync(passwordFile, superuserPassword, cancellationToken);
        UnixFileModes.Set(passwordFile, UnixFileModes.OwnerReadWrite);
        try
        {
            if (NativeMethods.IsRoot)
            {
                await CommandRunner.RunAsync(CommandRunner.Command("chown", $"{ServiceUser}:{ServiceUser}", passwordFile), log, cancellationToken);
            }

            log.Write($"[apphost] initialising a PostgreSQL data folder in {Path}");
            var initdb = CommandRunner.CommandAs(
                ServiceUser,
                System.IO.Path.Combine(binDirectory, "initdb"),
                "-D", Path, "-U", "postgres", "--auth=scram-sha-256", $"--pwfile={passwordFile}",
                "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
            initdb.WorkingDirectory = dataDirectory;
            await CommandRunner.RunAsync(initdb, log, cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>The postgres user must be able to walk down to the data folder.</summary>
    private void MakeAncestorsTraversable()
    {
        var ownRoot = System.IO.Path.GetFullPath(dataDirectory);
        for (var directory = Directory.GetParent(Path); directory is not null; directory = directory.Parent)
        {
            var mode = UnixFileModes.Get(directory.FullName);
            if (mode.HasFlag(UnixFileMode.OtherExecute))
            {
                continue;
            }

            if (!directory.FullName.StartsWith(ownRoot, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"The '{ServiceUser}' user cannot reach {Path}: {directory.FullName} is not traversable (chmod o+x it, or set AppHost:DataDirectory elsewhere).");
            }

            UnixFileModes.Set(directory.FullName, mode | UnixFileMode.OtherExecute);
        }
    }
}
