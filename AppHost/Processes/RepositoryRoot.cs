namespace PlanetTechCare.AppHost.Processes;

/// <summary>The folder holding PlanetTechCare.sln, found by walking up from the AppHost's binaries.</summary>
public static class RepositoryRoot
{
    public const string SolutionFileName = "PlanetTechCare.sln";

    public static string Find() => TryFind() ?? throw new InvalidOperationException(
        $"Could not find {SolutionFileName} above {AppContext.BaseDirectory} or {System.IO.Directory.GetCurrentDirectory()}.");

    public static string? TryFind()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }
}
