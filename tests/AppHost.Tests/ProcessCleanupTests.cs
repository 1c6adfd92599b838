using System.Globalization;
using PlanetTechCare.AppHost.Processes;

namespace PlanetTechCare.AppHost.Tests;

public sealed class ProcessCleanupTests
{
    [Fact]
    public async Task No_process_it_started_survives_dispose()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.AddPostgres("postgres").AddDatabase("cleanupdb");
        builder.AddRabbitMQ("messaging");
        var app = builder.Build();
        await app.StartAsync();
        var dataDirectory = app.DataDirectory;
        var nodeName = File.ReadAllText(Path.Combine(dataDirectory, "secrets", "messaging-node")).Trim().ToLowerInvariant();
        var started = app.GetResourceSnapshots().SelectMany(snapshot => snapshot.ProcessIds).ToList();
        var spawned = started.SelectMany(ProcessTree.GetDescendants).ToList();
        Assert.Contains(spawned, pid => ProcessTree.ReadCommandLine(pid).Contains("beam", StringComparison.Ordinal));

        await app.DisposeAsync();

        Assert.All(started.Concat(spawned), pid => Assert.False(ProcessTree.IsAlive(pid), $"process {pid} survived"));
        Assert.Empty(ProcessesMentioning(dataDirectory));
        Assert.Empty(ProcessesMentioning(nodeName));
    }

    private static List<string> ProcessesMentioning(string text) =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(name => ProcessTree.ReadCommandLine(int.Parse(name!, CultureInfo.InvariantCulture)))
            .Where(commandLine => commandLine.Contains(text, StringComparison.Ordinal))
            .ToList();
}
