using System.Globalization;
using System.Text;

namespace PlanetTechCare.Browser.Tests.Support;

/// <summary>Writes page footprints as a Markdown table, followed by what each page loaded, under <c>artifacts/footprint/</c> (git-ignored).</summary>
public static class FootprintReport
{
    public static async Task<string> WriteAsync(string name, IReadOnlyList<PageFootprint> footprints)
    {
        var report = new StringBuilder()
            .AppendLine("# Staff dashboard footprint (EcoIndex)")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} by `dotnet test tests/Browser.Tests --filter FullyQualifiedName~FootprintTests`:")
            .AppendLine("each page loaded signed in, in a new browser context (cold cache), with its lists full, and counted once settled.")
            .AppendLine("KB = bytes / 1024: response headers and bodies as transferred, plus the frames received on the Blazor circuit.")
            .AppendLine()
            .Append(Table(footprints))
            .AppendLine()
            .AppendLine("## What each page loaded");
        foreach (var footprint in footprints)
        {
            report.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"### {footprint.Page} (`{footprint.Path}`)")
                .AppendLine()
                .AppendLine("| Request | KB |")
                .AppendLine("| --- | ---: |");
            foreach (var transfer in footprint.Transfers)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"| `{transfer.Request}` | {transfer.Bytes / 1024d:0.0} |");
            }
        }

        var folder = RepositoryFolders.Artifacts("footprint");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}.md");
        await File.WriteAllTextAsync(file, report.ToString());
        return file;
    }

    /// <summary>Page, DOM elements, requests, KB transferred, score and grade, a row a page.</summary>
    public static string Table(IEnumerable<PageFootprint> footprints)
    {
        var table = new StringBuilder()
            .AppendLine("| Page | DOM elements | Requests | KB transferred | Score | Grade |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | :---: |");
        foreach (var footprint in footprints)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {footprint.Page} (`{footprint.Path}`) | {footprint.DomElements} | {footprint.Requests} | {footprint.Kilobytes:0.0} | {footprint.Score} | {footprint.Grade} |");
        }

        return table.ToString();
    }
}
