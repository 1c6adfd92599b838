namespace PlanetTechCare.AppHost;

/// <summary>An exclusive lock on a data folder, held while an AppHost runs on it.</summary>
internal sealed class DataFolderLock : IDisposable
{
    private readonly FileStream _lock;

    public DataFolderLock(string path)
    {
        try
        {
            _lock = new FileStream(Path.Combine(path, "apphost.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new DistributedApplicationException(
                $"Another AppHost is already running on the data folder {path}. Stop it first, "
                + "or give this one its own folder with --AppHost:DataDirectory=<folder>.");
        }
    }

    public void Dispose() => _lock.Dispose();
}
