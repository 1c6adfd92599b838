using System.Security.Cryptography;

namespace PlanetTechCare.AppHost.Processes;

/// <summary>
/// Development credentials generated once per data folder and kept there (mode 0600),
/// so a server initialised with them keeps accepting them.
/// </summary>
public sealed class SecretStore(string dataDirectory)
{
    private static readonly Lock Gate = new();

    public string Directory { get; } = Path.Combine(dataDirectory, "secrets");

    public string GetOrCreate(string name, int length = 24)
    {
        var path = Path.Combine(Directory, name);
        lock (Gate)
        {
            if (File.Exists(path))
            {
                return File.ReadAllText(path).Trim();
            }

            System.IO.Directory.CreateDirectory(Directory);
            UnixFileModes.Set(Directory, UnixFileModes.OwnerOnly);
            var secret = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", length);
            using (File.Create(path, 1, FileOptions.None))
            {
            }

            UnixFileModes.Set(path, UnixFileModes.OwnerReadWrite);
            File.WriteAllText(path, secret);
            return secret;
        }
    }
}
