using System.Diagnostics;

namespace PlanetTechCare.AppHost.Processes;

/// <summary>
/// Makes sure a server binary is on the machine, installing its Debian package when we are root
/// (as Aspire would pull a container image).
/// </summary>
public static class DebianPackages
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static Task EnsureInstalledAsync(string binaryPath, string package, ResourceLog log, CancellationToken cancellationToken) =>
        EnsureInstalledAsync(() => File.Exists(binaryPath), binaryPath, package, log, cancellationToken);

    /// <param name="isInstalled">Tells whether the package's binaries are there.</param>
    /// <param name="binaryPath">What is looked for, for messages.</param>
    public static async Task EnsureInstalledAsync(
        Func<bool> isInstalled, string binaryPath, string package, ResourceLog log, CancellationToken cancellationToken)
    {
        if (isInstalled())
        {
            return;
        }

        if (!NativeMethods.IsRoot)
        {
            throw new InvalidOperationException(
                $"{binaryPath} is missing: install the Debian package '{package}' (sudo apt-get install -y {package}).");
        }

        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            if (isInstalled())
            {
                return;
            }

            log.Write($"[apphost] {binaryPath} is missing; installing the Debian package '{package}'");
            if (await AptGetAsync(["install", "-y", "-o", "DPkg::Lock::Timeout=600", package], log, cancellationToken) != 0)
            {
                await AptGetAsync(["update"], log, cancellationToken);
                await AptGetAsync(["install", "-y", "-o", "DPkg::Lock::Timeout=600", package], log, cancellationToken);
            }

            if (!isInstalled())
            {
                throw new InvalidOperationException(
                    $"{binaryPath} is still missing after installing the Debian package '{package}'.");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<int> AptGetAsync(IEnumerable<string> arguments, ResourceLog log, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("apt-get");
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        await using var aptGet = ChildProcess.Start(startInfo, log);
        await aptGet.Exited.WaitAsync(cancellationToken);
        return aptGet.ExitCode ?? -1;
    }
}
