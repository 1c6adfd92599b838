using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace PlanetTechCare.AppHost.LocalServers;

/// <summary>Short commands a server needs before it starts (initdb, chown), their output in the resource's log.</summary>
internal static class Commands
{
    public static async Task RunAsync(ILogger log, string fileName, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(startInfo) ?? throw new DistributedApplicationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        foreach (var line in $"{await output}{await errors}".Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            log.LogInformation("{Line}", line);
        }

        if (process.ExitCode != 0)
        {
            throw new DistributedApplicationException($"'{fileName} {string.Join(' ', arguments)}' exited with code {process.ExitCode}.");
        }
    }

    /// <summary>The arguments that run <paramref name="fileName"/> as <paramref name="user"/> through setpriv, when we are root.</summary>
    public static string[] AsUser(string user, string fileName) =>
        Environment.IsPrivilegedProcess ? [$"--reuid={user}", $"--regid={user}", "--init-groups", "--", fileName] : [];

    /// <summary>setpriv when we are root (it execs, so the process id stays the server's own), else the binary itself.</summary>
    public static string Launcher(string fileName) => Environment.IsPrivilegedProcess ? "/usr/bin/setpriv" : fileName;
}
