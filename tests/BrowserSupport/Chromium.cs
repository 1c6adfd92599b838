using System.Diagnostics;

namespace PlanetTechCare.BrowserSupport;

/// <summary>Debian's Chromium, installed with apt-get when missing (the tests run as root); Playwright downloads no browser.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<string> EnsureInstalledAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            await RunAsync("apt-get", "update");
            await RunAsync("apt-get", "install", "-y", "chromium");
        }

        return File.Exists(ExecutablePath)
            ? ExecutablePath
            : throw new InvalidOperationException($"Chromium is missing at {ExecutablePath}: install Debian's 'chromium' package.");
    }

    private static async Task RunAsync(string command, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        startInfo.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{command} could not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
