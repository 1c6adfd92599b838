using System.Globalization;

namespace PlanetTechCare.Benchmarks;

/// <summary>
/// The resident memory of each resource the AppHost started, with every process it spawned
/// (PostgreSQL's backends, RabbitMQ's Erlang VM), read from /proc as the proportional set size (Pss),
/// so that memory the processes share (PostgreSQL's shared buffers) is counted once.
/// </summary>
public sealed class ResidentMemory : IAsyncDisposable
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(2);
    private readonly RunningPlatform _platform;
    private readonly Dictionary<string, double> _peaks = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private ResidentMemory(RunningPlatform platform)
    {
        _platform = platform;
        _sampling = Task.Run(SampleAsync);
    }

    /// <summary>Megabytes per resource (replicas apart), now.</summary>
    public static Dictionary<string, double> Now(RunningPlatform platform)
    {
        var processes = ProcessTable.Read();
        return platform.Instances
            .Select(instance => (instance, Pid: platform.App.ProcessId(instance)))
            .Where(running => running.Pid is not null)
            .ToDictionary(
                running => platform.Instances.Count(other => other.Name == running.instance.Name) > 1 ? $"{running.instance.Name} #{running.instance.Replica}" : running.instance.Name,
                running => processes.WithDescendants(running.Pid!.Value).Distinct().Sum(ResidentMegabytes));
    }

    /// <summary>
    /// Samples every <see cref="SampleEvery"/> until disposed; <see cref="Peaks"/> holds the highest of each.
    /// Reading a process's Pss makes the kernel walk its whole address space: sampled every quarter of a
    /// second, the platform's 25 or so processes cost this process about half a core (4.97 s of CPU per
    /// 10 s, measured), taken from the servers under load.
    /// </summary>
    public static ResidentMemory StartSampling(RunningPlatform platform) => new(platform);

    public IReadOnlyDictionary<string, double> Peaks
    {
        get
        {
            lock (_peaks)
            {
                return new Dictionary<string, double>(_peaks);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            foreach (var (name, megabytes) in Now(_platform))
            {
                lock (_peaks)
                {
                    _peaks[name] = Math.Max(megabytes, _peaks.GetValueOrDefault(name));
                }
            }

            await Task.Delay(SampleEvery, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static double ResidentMegabytes(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0; // the process has just exited
        }
    }
}
