using System.Globalization;

namespace PlanetTechCare.AppHost.Tests;

/// <summary>Processes read from /proc: who descends from whom, and what a process's command line says.</summary>
internal static class ProcessTree
{
    public static IReadOnlyList<int> All() =>
        [.. Directory.EnumerateDirectories("/proc").Select(Path.GetFileName)
            .Where(name => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(name => int.Parse(name!, CultureInfo.InvariantCulture))];

    /// <summary>The process and every process below it.</summary>
    public static IReadOnlyList<int> WithDescendants(int root)
    {
        var parents = All().ToDictionary(pid => pid, ParentOf);
        var found = new List<int> { root };
        for (var i = 0; i < found.Count; i++)
        {
            found.AddRange(parents.Where(pair => pair.Value == found[i]).Select(pair => pair.Key));
        }

        return found;
    }

    public static bool IsAlive(int pid) => File.Exists($"/proc/{pid}/stat") && !Stat(pid).Contains(") Z ", StringComparison.Ordinal);

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static int ParentOf(int pid)
    {
        var stat = Stat(pid);
        if (stat.LastIndexOf(')') is var end && end < 0)
        {
            return 0; // ended meanwhile
        }

        var fields = stat[Math.Min(end + 2, stat.Length)..].Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var parent) ? parent : 0;
    }

    private static string Stat(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
