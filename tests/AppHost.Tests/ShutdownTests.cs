using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PlanetTechCare.AppHost.Tests;

/// <summary>
/// The AppHost's own executable, run as <c>dotnet run --project AppHost</c> runs it: once every
/// service is up, a signal stops it, and nothing it started (DCP, the Aspire dashboard, PostgreSQL
/// and its backends, RabbitMQ's Erlang VM and port mapper, the services) is left running.
/// </summary>
public sealed class ShutdownTests
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(PosixSignal.SIGTERM)]
    [InlineData(PosixSignal.SIGINT)]
    public async Task A_signal_stops_the_whole_platform_and_leaves_no_process_behind(PosixSignal signal)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("ptc-shutdown-").FullName;
        using var apphost = Start(dataDirectory);
        var started = await WaitForStartupNotesAsync(apphost);
        var platform = ProcessesOf(apphost.Id);
        Assert.Contains(platform, pid => ProcessTree.CommandLine(pid).Contains("Aspire.Dashboard", StringComparison.Ordinal));
        Assert.Contains(platform, pid => ProcessTree.CommandLine(pid).Contains("beam.smp", StringComparison.Ordinal));
        Assert.Contains(platform, pid => ProcessTree.CommandLine(pid).StartsWith("epmd", StringComparison.Ordinal));
        Assert.Contains(platform, pid => ProcessTree.CommandLine(pid).StartsWith("postgres: ", StringComparison.Ordinal));
        Assert.Contains(platform, pid => ProcessTree.CommandLine(pid).Contains("PlanetTechCare.Workshops", StringComparison.Ordinal));

        Assert.Equal(0, Kill(apphost.Id, signal == PosixSignal.SIGTERM ? 15 : 2));
        // About 15 s on an idle machine: DCP stops every resource, the services drain, the servers shut down.
        await apphost.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        await Eventually.HoldsAsync(() => Task.FromResult(!platform.Any(ProcessTree.IsAlive)),
            $"every process of the platform has ended ({started})", timeoutSeconds: 30);
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static Process Start(string dataDirectory)
    {
        var executable = Path.Combine(Projects.AppHost.ProjectPath, "bin", ThisConfiguration, "net10.0", "PlanetTechCare.AppHost");
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = Projects.AppHost.ProjectPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { $"--AppHost:DataDirectory={dataDirectory}", "--AppHost:PostgresFsync=false", "--Gateway:Port=0", "--DemoData:Enabled=false" })
        {
            start.ArgumentList.Add(argument);
        }

        // The launch profile's settings, on free ports.
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://127.0.0.1:0";
        start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = "http://127.0.0.1:0";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        start.Environment["DcpPublisher__RandomizePorts"] = "true";
        return Process.Start(start) ?? throw new InvalidOperationException("The AppHost did not start.");
    }

    /// <summary>Reads the AppHost's console until it prints its startup notes, which it does once every service is healthy.</summary>
    private static async Task<string> WaitForStartupNotesAsync(Process apphost)
    {
        using var timeout = new CancellationTokenSource(StartupTimeout);
        _ = apphost.StandardError.ReadToEndAsync(timeout.Token);
        var seen = new List<string>();
        while (await apphost.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.Add(line);
            if (line.Contains("Admin API client", StringComparison.Ordinal))
            {
                _ = apphost.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return $"started after {seen.Count} lines";
            }
        }

        throw new InvalidOperationException($"The AppHost ended before printing its startup notes:{Environment.NewLine}{string.Join(Environment.NewLine, seen.TakeLast(40))}");
    }

    /// <summary>The AppHost's processes and DCP's (which detaches, but watches the AppHost by its process id).</summary>
    private static List<int> ProcessesOf(int apphost)
    {
        var dcp = ProcessTree.All().Where(pid => ProcessTree.CommandLine(pid) is var line
            && line.Contains("dcp start-apiserver", StringComparison.Ordinal) && line.Contains($"--monitor {apphost} ", StringComparison.Ordinal));
        return [.. new[] { apphost }.Concat(dcp).SelectMany(ProcessTree.WithDescendants).Distinct()];
    }

    private static string ThisConfiguration =>
        typeof(ShutdownTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
