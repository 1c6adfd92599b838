using System.Diagnostics;

namespace PlanetTechCare.AppHost.LocalServers;

/// <summary>
/// Makes sure a server's binaries are on the machine, installing its Debian package when we are
/// root, as Aspire would pull a container image. Runs while the app model is declared, before
/// anything starts.
/// </summary>
public static class DebianPackages
{
    public static void EnsureInstalled(string package, Func<bool> isInstalled)
    {
        if (isInstalled())
        {
            return;
        }

        if (!Environment.IsPrivilegedProcess)
        {
            throw new DistributedApplicationException(
                $"The Debian package '{package}' is missing: install it (sudo apt-get install -y {package}) or run the AppHost as root.");
        }

        Console.WriteLine($"Installing the Debian package '{package}'…");
        if (AptGet("install", "-y", "-q", "-o", "DPkg::Lock::Timeout=600", package) != 0)
        {
            AptGet("update", "-q");
            AptGet("install", "-y", "-q", "-o", "DPkg::Lock::Timeout=600", package);
        }

        if (!isInstalled())
        {
            throw new DistributedApplicationException($"The Debian package '{package}' is still missing after apt-get install.");
        }
    }

    private static int AptGet(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("apt-get", arguments);
        startInfo.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var aptGet = Process.Start(startInfo) ?? throw new DistributedApplicationException("apt-get did not start.");
        aptGet.WaitForExit();
        return aptGet.ExitCode;
    }
}
