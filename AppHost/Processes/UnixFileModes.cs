namespace PlanetTechCare.AppHost.Processes;

/// <summary>File permissions; the AppHost runs its servers on Linux only.</summary>
internal static class UnixFileModes
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Set(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The AppHost runs its servers on Linux.");
        }

        File.SetUnixFileMode(path, mode);
    }

    public static UnixFileMode Get(string path) =>
        OperatingSystem.IsWindows()
            ? throw new PlatformNotSupportedException("The AppHost runs its servers on Linux.")
            : File.GetUnixFileMode(path);
}
