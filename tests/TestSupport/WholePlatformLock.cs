namespace PlanetTechCare.TestSupport;

/// <summary>
/// One whole platform at a time on this machine: <c>dotnet test</c> runs test projects side by
/// side, and two of them starting every service at once on a small machine miss the start-up
/// timeout. Held from start to dispose; the system drops it if the test process dies.
/// </summary>
internal sealed class WholePlatformLock : IDisposable
{
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "ptc-whole-platform.lock");
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(20);
    private readonly FileStream _lockFile;

    private WholePlatformLock(FileStream lockFile) => _lockFile = lockFile;

    public static async Task<WholePlatformLock> AcquireAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return new WholePlatformLock(new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    public void Dispose() => _lockFile.Dispose();
}
