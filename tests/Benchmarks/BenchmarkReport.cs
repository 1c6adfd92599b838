using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PlanetTechCare.Benchmarks;

/// <summary>Writes a benchmark's samples as a Markdown table (also printed) and a JSON file under artifacts/benchmarks.</summary>
public static class BenchmarkReport
{
    public static async Task WriteAsync(string name, IReadOnlyList<LatencySample> samples)
    {
        var baseline = samples[0];
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"| {name} scenario | matched | p50 ms | p99 ms | p50 / baseline p50 |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var sample in samples)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {sample.Scenario} | {sample.MatchedTotal} | {sample.P50Milliseconds:F1} | {sample.P99Milliseconds:F1} | {sample.P50Milliseconds / baseline.P50Milliseconds:F2} |");
        }

        Console.WriteLine(table);
        var folder = Path.Combine(RepositoryFolder(), "artifacts", "benchmarks");
        System.IO.Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.md"), table.ToString());
        await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.json"),
            JsonSerializer.Serialize(samples, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        Console.WriteLine($"Written to {folder}");
    }

    private static string RepositoryFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PlanetTechCare.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? Environment.CurrentDirectory;
    }
}
