using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PlanetTechCare.AppHost;

/// <summary>
/// Where the local servers keep their data and the credentials generated for them:
/// <c>AppHost:DataDirectory</c>, by default <c>.data</c> at the repository's root (git-ignored).
/// Locked while an app runs on it, so a second AppHost there stops at once instead of fighting
/// the first over its servers.
/// </summary>
public sealed class DataFolder
{
    private const string SecretAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static readonly Lock SecretGate = new();

    private DataFolder(string path) => Path = Directory.CreateDirectory(path).FullName;

    public string Path { get; }

    public static DataFolder Of(IDistributedApplicationBuilder builder)
    {
        if (builder.Services.Select(service => service.ImplementationInstance).OfType<DataFolder>().FirstOrDefault() is { } known)
        {
            return known;
        }

        var configured = builder.Configuration["AppHost:DataDirectory"];
        var folder = new DataFolder(string.IsNullOrEmpty(configured) ? System.IO.Path.Combine(builder.AppHostDirectory, "..", ".data") : configured);
        builder.Services.AddSingleton(folder);

        // Made as the app starts, before its orchestrator: the container disposes it after DCP has
        // stopped every process; a stopped app releases it too.
        builder.Services.AddSingleton(_ => new Lease(folder.Path));
        builder.Eventing.Subscribe<BeforeStartEvent>((started, _) =>
        {
            var lease = started.Services.GetRequiredService<Lease>();
            started.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(lease.Dispose);
            return Task.CompletedTask;
        });
        return folder;
    }

    /// <summary>A sub-folder for one server's files.</summary>
    public string For(string resourceName) => Directory.CreateDirectory(System.IO.Path.Combine(Path, resourceName)).FullName;

    /// <summary>A credential generated on first use and kept in <c>secrets/&lt;name&gt;</c> (mode 0600).</summary>
    public string Secret(string name, int length = 24)
    {
        var path = System.IO.Path.Combine(Directory.CreateDirectory(System.IO.Path.Combine(Path, "secrets"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName, name);
        lock (SecretGate)
        {
            if (!File.Exists(path))
            {
                using var file = new StreamWriter(path, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                });
                file.Write(RandomNumberGenerator.GetString(SecretAlphabet, length));
            }

            return File.ReadAllText(path).Trim();
        }
    }

    private sealed class Lease(string path) : IDisposable
    {
        private readonly FileStream _lock = Open(path);

        public void Dispose() => _lock.Dispose();

        private static FileStream Open(string path)
        {
            try
            {
                return new FileStream(System.IO.Path.Combine(path, "apphost.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                throw new DistributedApplicationException($"Another AppHost is already running on the data folder {path}. "
                    + "Stop it first, or give this one its own folder with --AppHost:DataDirectory=<folder>.");
            }
        }
    }
}
