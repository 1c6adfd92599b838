using System.Globalization;

namespace PlanetTechCare.AppHost.Processes;

/// <summary>Reads the process tree from /proc (Linux) to find what a child process spawned.</summary>
public static class ProcessTree
{
    public static bool IsAlive(int processId)
    {
        var statPath = $"/proc/{processId}/stat";
        if (!File.Exists(statPath))
        {
            return false;
        }

        // A zombie has exited; it only waits for its parent to reap it.
        var state = ReadStat(processId)?.State;
        return state is not null and not 'Z' and not 'X';
    }

    public static IReadOnlyList<int> GetDescendants(int rootProcessId)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && ReadStat(pid) is { } stat)
            {
                parents[pid] = stat.ParentId;
            }
        }

        var descendants = new List<int>();
        var frontier = new Queue<int>([rootProcessId]);
        while (frontier.Count > 0)
        {
            var parent = frontier.Dequeue();
            foreach (var (pid, parentId) in parents)
            {
                if (parentId == parent && !descendants.Contains(pid))
                {
                    descendants.Add(pid);
                    frontier.Enqueue(pid);
                }
            }
        }

        return descendants;
    }

    public static string ReadCommandLine(int processId)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static (char State, int ParentId)? ReadStat(int processId)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{processId}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        // Format: pid (comm) state ppid ...; comm may contain spaces and parentheses.
        var afterName = text.LastIndexOf(')');
        var fields = text[(afterName + 2)..].Split(' ');
        return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
    }
}
