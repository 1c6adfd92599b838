namespace PlanetTechCare.AppHost.Processes;

/// <summary>
/// Every live child process, so that a host process exiting without stopping the app
/// (an unhandled exception, a test run that forgot to dispose) still ends them.
/// </summary>
internal static class ChildProcessRegistry
{
    private static readonly HashSet<ChildProcess> Live = [];
    private static readonly Lock Gate = new();

    static ChildProcessRegistry()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
    }

    public static void Add(ChildProcess child)
    {
        lock (Gate)
        {
            Live.Add(child);
        }
    }

    public static void Remove(ChildProcess child)
    {
        lock (Gate)
        {
            Live.Remove(child);
        }
    }

    private static void KillAll()
    {
        ChildProcess[] children;
        lock (Gate)
        {
            children = [.. Live];
        }

        foreach (var child in children)
        {
            foreach (var pid in ProcessTree.GetDescendants(child.ProcessId))
            {
                NativeMethods.TrySignal(pid, NativeMethods.SignalKill);
            }

            child.Kill();
        }
    }
}
