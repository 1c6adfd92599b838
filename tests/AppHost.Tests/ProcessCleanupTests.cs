namespace PlanetTechCare.AppHost.Tests;

public sealed class ProcessCleanupTests
{
    [Fact]
    public async Task No_process_the_servers_started_survives_dispose()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("ptc-cleanup-").FullName;
        var builder = TestApps.Empty($"--AppHost:DataDirectory={dataDirectory}");
        builder.AddLocalPostgres("postgres").AddDatabase("cleanupdb");
        builder.AddLocalRabbitMQ("messaging");
        var app = builder.Build();
        await app.StartHealthyAsync();
        var nodeName = File.ReadAllText(Path.Combine(dataDirectory, "secrets", "messaging-node")).Trim().ToLowerInvariant();
        var started = new List<int>();
        foreach (var name in new[] { "postgres", "messaging", "messaging-epmd" })
        {
            started.AddRange(ProcessTree.WithDescendants(await app.ProcessIdAsync(name) ?? throw new InvalidOperationException($"{name} has no process")));
        }

        Assert.Contains(started, pid => ProcessTree.CommandLine(pid).Contains("beam.smp", StringComparison.Ordinal));
        Assert.Contains(started, pid => ProcessTree.CommandLine(pid).StartsWith("postgres: ", StringComparison.Ordinal));

        await app.DisposeAsync();

        Assert.All(started, pid => Assert.False(ProcessTree.IsAlive(pid), $"process {pid} ({ProcessTree.CommandLine(pid)}) survived"));
        Assert.DoesNotContain(ProcessTree.All(), pid => ProcessTree.CommandLine(pid) is var line
            && (line.Contains(dataDirectory, StringComparison.Ordinal) || line.Contains(nodeName, StringComparison.Ordinal)));
        Directory.Delete(dataDirectory, recursive: true);
    }
}
