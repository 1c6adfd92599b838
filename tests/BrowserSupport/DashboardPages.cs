using System.Text.RegularExpressions;

namespace PlanetTechCare.BrowserSupport;

/// <summary>The staff dashboard's pages, as its sources declare them.</summary>
public static partial class DashboardPages
{
    /// <summary>The address of every routable page of the dashboard (<c>@page "…"</c> in its components).</summary>
    public static IEnumerable<string> Routable() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryFolders.Root, "services", "Dashboard", "Components"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Select(line => PageDirective().Match(line.Trim()))
            .Where(match => match.Success)
            .Select(match => match.Groups["route"].Value);

    [GeneratedRegex("""^@page\s+"(?<route>[^"]+)"$""")]
    private static partial Regex PageDirective();
}
