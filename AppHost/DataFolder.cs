using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PlanetTechCare.AppHost;

/// <summary>
/// Where the local servers keep their data and the development credentials generated for them:
/// <c>AppHost:DataDirectory</c>, by default <c>.data</c> at the repository's root (git-ignored).
/// The folder is locked while the AppHost runs, so a second AppHost on it stops at once instead
/// of fighting the first over its servers.
/// </summary>
public sealed class DataFolder
{
    private const string SecretAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static readonly Lock SecretGate = new();

    private DataFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    /// <summary>The data folder of this app model, locked from the app's start until it has stopped.</summary>
    public static DataFolder Of(IDistributedApplicationBuilder builder)
    {
        if (builder.Services.FirstOrDefault(service => service.ServiceType == typeof(DataFolder))?.ImplementationInstance is DataFolder known)
        {
            return known;
        }

        var configured = builder.Configuration["AppHost:DataDirectory"];
        var folder = new DataFolder(System.IO.Path.GetFullPath(string.IsNullOrEmpty(configured)
            ? System.IO.Path.Combine(builder.AppHostDirectory, "..", ".data")
            : configured));
        builder.Services.AddSingleton(folder);

        // Taken as the app starts, before its orchestrator exists: so the container disposes it after DCP
        // has stopped every process when the app is disposed; a stopped app releases it too.
        builder.Services.AddSingleton(_ => new DataFolderLock(folder.Path));
        builder.Eventing.Subscribe<BeforeStartEvent>((started, _) =>
        {
            var held = started.Services.GetRequiredService<DataFolderLock>();
            started.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(held.Dispose);
            return Task.CompletedTask;
        });
        return folder;
    }

    /// <summary>A sub-folder for one server's files.</summary>
    public string For(string resourceName) => Directory.CreateDirectory(System.IO.Path.Combine(Path, resourceName)).FullName;

    /// <summary>A credential generated on first use and kept in <c>secrets/&lt;name&gt;</c> (mode 0600).</summary>
    public string Secret(string name, int length = 24)
    {
        var directory = System.IO.Path.Combine(Path, "secrets");
        var path = System.IO.Path.Combine(directory, name);
        lock (SecretGate)
        {
            if (File.Exists(path))
            {
                return File.ReadAllText(path).Trim();
            }

            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var secret = RandomNumberGenerator.GetString(SecretAlphabet, length);
            using (var file = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            }))
            using (var writer = new StreamWriter(file))
            {
                writer.Write(secret);
            }

            return secret;
        }
    }
}
