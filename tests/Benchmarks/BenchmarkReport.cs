using System.Globalization;
using System.Text;
using System.Text.Json;
using PlanetTechCare.BrowserSupport;

namespace PlanetTechCare.Benchmarks;

/// <summary>Writes figures as a Markdown table (also printed) and a JSON file under artifacts/benchmarks.</summary>
public static class BenchmarkReport
{
    public static async Task WriteAsync(string name, IReadOnlyList<Figure> figures)
    {
        var table = new StringBuilder()
            .AppendLine("| Benchmark | Measure | Value | Baseline (same run) | Ratio | Goal | Met |")
            .AppendLine("| --- | --- | ---: | --- | ---: | --- | :---: |");
        foreach (var figure in figures)
        {
            var baseline = figure.Baseline is { } value ? $"{figure.BaselineName}: {Format(value)} {figure.Unit}" : string.Empty;
            var ratio = figure.Ratio is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : string.Empty;
            var met = figure.Met switch { true => "yes", false => "**no**", null => string.Empty };
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {figure.Benchmark} | {figure.Measure} | {Format(figure.Value)} {figure.Unit} | {baseline} | {ratio} | {figure.Goal} | {met} |");
        }

        Console.WriteLine(table);
        var folder = RepositoryFolders.Artifacts("benchmarks");
        System.IO.Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.md"), table.ToString());
        await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.json"),
            JsonSerializer.Serialize(figures, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        Console.WriteLine($"Written to {folder}");
    }

    private static string Format(double value) => value.ToString(value >= 100 ? "N0" : "0.0#", CultureInfo.InvariantCulture);
}
