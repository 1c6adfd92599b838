using System.Diagnostics;

namespace PlanetTechCare.AppHost.Processes;

/// <summary>
/// A process started by the AppHost: its output goes to a <see cref="ResourceLog"/>, and stopping
/// it also ends whatever it spawned, so nothing stray survives.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const string SetsidPath = "/usr/bin/setsid";
    private readonly Process process;
    private readonly ResourceLog log;
    private readonly int? replica;
    private readonly Task exited;

    private ChildProcess(Process process, ResourceLog log, int? replica, Task exited)
    {
        this.process = process;
        this.log = log;
        this.replica = replica;
        this.exited = exited;
        ProcessId = process.Id;
    }

    public int ProcessId { get; }

    public bool HasExited => exited.IsCompleted;

    public int? ExitCode => HasExited ? process.ExitCode : null;

    public Task Exited => exited;

    public static ChildProcess Start(ProcessStartInfo startInfo, ResourceLog log, int? replica = null)
    {
        RunInOwnSession(startInfo);
        startInfo.UseShellExecute = false;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = true;
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };

        // Not WaitForExitAsync: it also waits for the output pipes, which a stray grandchild may hold open.
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.Exited += (_, _) => exited.TrySetResult();
        process.OutputDataReceived += (_, e) => Forward(log, e.Data, replica);
        process.ErrorDataReceived += (_, e) => Forward(log, e.Data, replica);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {startInfo.FileName}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var child = new ChildProcess(process, log, replica, exited.Task);
        ChildProcessRegistry.Add(child);
        _ = child.exited.ContinueWith(_ => ChildProcessRegistry.Remove(child), TaskScheduler.Default);
        return child;
    }

    public bool Signal(int signal) => !HasExited && NativeMethods.TrySignal(ProcessId, signal);

    /// <summary>Sends <paramref name="signal"/>, waits up to <paramref name="grace"/>, then kills the process and its descendants.</summary>
    public async Task StopAsync(int signal, TimeSpan grace)
    {
        if (HasExited)
        {
            return;
        }

        var descendants = ProcessTree.GetDescendants(ProcessId);
        Signal(signal);
        if (await Task.WhenAny(exited, Task.Delay(grace)) != exited)
        {
            log.Write($"[apphost] process {ProcessId} did not stop within {grace.TotalSeconds:0} s; killing it", replica);
            Kill();
        }

        await exited;
        await KillSurvivorsAsync(descendants);
    }

    /// <summary>SIGKILL, as a crash would: no cleanup.</summary>
    public void Kill() => Signal(NativeMethods.SignalKill);

    public async ValueTask DisposeAsync()
    {
        await StopAsync(NativeMethods.SignalKill, TimeSpan.FromSeconds(5));
        process.Dispose();
    }

    private static async Task KillSurvivorsAsync(IReadOnlyList<int> descendants)
    {
        // Children of a stopped server normally exit by themselves within moments.
        for (var attempt = 0; attempt < 20 && descendants.Any(ProcessTree.IsAlive); attempt++)
        {
            await Task.Delay(100);
        }

        foreach (var pid in descendants.Where(ProcessTree.IsAlive))
        {
            NativeMethods.TrySignal(pid, NativeMethods.SignalKill);
        }
    }

    /// <summary>
    /// <c>setsid</c> (which execs, keeping the process id) so that Ctrl+C in a terminal reaches only the
    /// AppHost, which then stops everything in order: projects first, then brokers and databases.
    /// </summary>
    private static void RunInOwnSession(ProcessStartInfo startInfo)
    {
        if (File.Exists(SetsidPath))
        {
            startInfo.ArgumentList.Insert(0, startInfo.FileName);
            startInfo.FileName = SetsidPath;
        }
    }

    private static void Forward(ResourceLog log, string? line, int? replica)
    {
        if (line is not null)
        {
            log.Write(line, replica);
        }
    }
}
