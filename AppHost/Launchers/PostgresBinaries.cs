using PlanetTechCare.AppHost.Processes;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>Finds the newest installed PostgreSQL (Debian layout), installing the package when missing.</summary>
internal static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    public static async Task<string> FindAsync(ResourceLog log, CancellationToken cancellationToken)
    {
        await DebianPackages.EnsureInstalledAsync(
            () => Newest() is not null, $"{DebianRoot}/<version>/bin/postgres", "postgresql", log, cancellationToken);
        return Newest()!;
    }

    private static string? Newest() =>
        Directory.Exists(DebianRoot)
            ? Directory.EnumerateDirectories(DebianRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
}
