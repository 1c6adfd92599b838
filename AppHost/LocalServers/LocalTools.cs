using System.Diagnostics;
using System.Text.Json;

namespace PlanetTechCare.AppHost.LocalServers;

/// <summary>
/// The executables of the repository's local .NET tools (<c>.config/dotnet-tools.json</c>), run
/// straight from the NuGet package folder, without the <c>dotnet tool run</c> wrapper process: the
/// tool's version from the manifest, <c>dotnet tool restore</c> first when the package is missing.
/// Runs while the app model is declared, before anything starts.
/// </summary>
public static class LocalTools
{
    /// <summary>The executable <paramref name="entryPoint"/> of the tool package <paramref name="package"/>'s build for this machine.</summary>
    public static string ExecutableOf(IDistributedApplicationBuilder builder, string package, string entryPoint)
    {
        var repository = RepositoryOf(builder.AppHostDirectory);
        var version = VersionOf(repository, package);
        var executable = Path.Combine(PackagesFolder(), $"{package}.linux-x64", version, "tools", "net10.0", "linux-x64", entryPoint);
        if (!File.Exists(executable))
        {
            Console.WriteLine($"Restoring the local tool '{package}' {version}…");
            using var restore = Process.Start(new ProcessStartInfo("dotnet", ["tool", "restore"]) { WorkingDirectory = repository })
                ?? throw new DistributedApplicationException("dotnet tool restore did not start.");
            restore.WaitForExit();
        }

        return File.Exists(executable)
            ? executable
            : throw new DistributedApplicationException($"The local tool '{package}' {version} is missing: run 'dotnet tool restore' at the repository's root.");
    }

    /// <summary>The folder above the app model's (the AppHost's, or a test project's) that holds the tool manifest.</summary>
    private static string RepositoryOf(string appHostDirectory)
    {
        for (var folder = new DirectoryInfo(appHostDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ".config", "dotnet-tools.json")))
            {
                return folder.FullName;
            }
        }

        throw new DistributedApplicationException($"No .config/dotnet-tools.json above {appHostDirectory}.");
    }

    private static string VersionOf(string repository, string package)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(repository, ".config", "dotnet-tools.json")));
        return manifest.RootElement.GetProperty("tools").GetProperty(package).GetProperty("version").GetString()
            ?? throw new DistributedApplicationException($"The tool manifest gives no version of '{package}'.");
    }

    private static string PackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
