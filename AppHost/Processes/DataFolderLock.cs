using PlanetTechCare.AppHost.Hosting;

namespace PlanetTechCare.AppHost.Processes;

/// <summary>
/// Holds an exclusive lock on a data folder while an AppHost uses it, so a second AppHost on the
/// same folder stops at once instead of fighting the first over its servers.
/// </summary>
internal sealed class DataFolderLock : IDisposable
{
    private readonly FileStream _lockFile;

    private DataFolderLock(FileStream lockFile) => _lockFile = lockFile;

    public static DataFolderLock Acquire(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "apphost.lock");
        try
        {
            return new DataFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw new DistributedApplicationException(
                $"Another AppHost is already running on the data folder {dataDirectory}. Stop it first, "
                + "or give this one its own folder with --AppHost:DataDirectory=<folder>.");
        }
    }

    public void Dispose() => _lockFile.Dispose();
}
