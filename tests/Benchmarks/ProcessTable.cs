using System.Globalization;

namespace PlanetTechCare.Benchmarks;

/// <summary>The processes running now, read once from /proc: each one's parent and CPU time.</summary>
public sealed class ProcessTable
{
    private readonly Dictionary<int, (int Parent, long Ticks)> _processes;

    private ProcessTable(Dictionary<int, (int Parent, long Ticks)> processes) => _processes = processes;

    public static ProcessTable Read()
    {
        var processes = new Dictionary<int, (int, long)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var id))
            {
                continue;
            }

            try
            {
                // Fields after the command name (which may hold spaces): state, ppid, …, then utime, stime,
                // and cutime, cstime: the time of children that exited (PostgreSQL's closed backends).
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                processes[id] = (int.Parse(fields[1], CultureInfo.InvariantCulture),
                    fields[11..15].Sum(ticks => long.Parse(ticks, CultureInfo.InvariantCulture)));
            }
            catch (IOException)
            {
                // the process has just exited
            }
        }

        return new ProcessTable(processes);
    }

    /// <summary>User and system ticks of /proc's clock, its exited children's included (0 if it is gone).</summary>
    public long TicksOf(int id) => _processes.TryGetValue(id, out var process) ? process.Ticks : 0;

    /// <summary>The process and every process below it.</summary>
    public IEnumerable<int> WithDescendants(int id) =>
        _processes.Where(p => p.Value.Parent == id).SelectMany(child => WithDescendants(child.Key)).Prepend(id);
}
