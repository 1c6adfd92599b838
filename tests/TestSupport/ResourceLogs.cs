using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace PlanetTechCare.TestSupport;

/// <summary>
/// Keeps what every process of an app model writes (each replica apart) in
/// <c>resource-logs/{instance}.log</c> beside the test assembly, for reading after a failed run.
/// </summary>
public static partial class ResourceLogs
{
    public static void KeepLogs(this DistributedApplication app)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "resource-logs")).FullName;
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var stopping = app.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping;
        var watched = new HashSet<string>(StringComparer.Ordinal);
        _ = Task.Run(async () =>
        {
            await foreach (var change in app.ResourceNotifications.WatchAsync(stopping))
            {
                if (watched.Add(change.ResourceId))
                {
                    _ = WriteAsync(logs, change.ResourceId, Path.Combine(folder, $"{change.ResourceId}.log"), stopping);
                }
            }
        }, stopping);
    }

    /// <summary>The lines the instances of a resource logged at error level, with the lines that follow each (its exception).</summary>
    public static string ErrorsOf(string resource, int linesAfter = 12)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "resource-logs");
        var errors = new List<string>();
        foreach (var path in Directory.Exists(folder) ? Directory.GetFiles(folder, $"{resource}-*.log") : [])
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains("fail:", StringComparison.Ordinal) || lines[i].Contains("crit:", StringComparison.Ordinal))
                {
                    errors.Add($"{Path.GetFileName(path)}: {string.Join(Environment.NewLine, lines.Skip(i).Take(linesAfter + 1))}");
                }
            }
        }

        return string.Join(Environment.NewLine, errors.Take(3));
    }

    private static async Task WriteAsync(ResourceLoggerService logs, string resourceId, string path, CancellationToken stopping)
    {
        try
        {
            await using var file = new StreamWriter(path, append: false) { AutoFlush = true };
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(stopping))
            {
                foreach (var line in batch)
                {
                    await file.WriteLineAsync(Colours().Replace(line.Content, string.Empty));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The console's colour codes (<c>ESC[32m</c>).</summary>
    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Colours();
}
