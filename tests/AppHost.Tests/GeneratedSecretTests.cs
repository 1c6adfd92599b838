namespace PlanetTechCare.AppHost.Tests;

/// <summary>Generated secrets (the identity service's admin password): made once per data folder, kept there, passed to the project.</summary>
public sealed class GeneratedSecretTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("ptc-apphost-secret-").FullName;

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    [Fact]
    public async Task Generated_secret_persists_when_the_same_data_folder_is_used_again()
    {
        var first = await GeneratedSecretAsync(dataDirectory);
        var second = await GeneratedSecretAsync(dataDirectory);

        Assert.Matches("^[A-Za-z0-9]{24}$", first);
        Assert.Equal(first, second);
        var secretFile = Path.Combine(dataDirectory, "secrets", "identity-admin-password");
        Assert.Equal(first, File.ReadAllText(secretFile).Trim());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secretFile));
    }

    [Fact]
    public async Task Another_data_folder_gets_another_secret()
    {
        var other = Directory.CreateTempSubdirectory("ptc-apphost-secret-").FullName;
        try
        {
            Assert.NotEqual(await GeneratedSecretAsync(dataDirectory), await GeneratedSecretAsync(other));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public async Task Apphost_gives_identity_the_admin_account_and_an_automation_client_and_prints_the_sign_in()
    {
        var builder = await TestApps.PlatformAsync("--Gateway:Port=0", $"--AppHost:DataDirectory={dataDirectory}");
        var model = builder.Resources.ToList();
        var notes = model.Single(resource => resource.Name == "gateway").Annotations.OfType<StartupNotesAnnotation>().Single().Notes;

        var environment = await PublishedEnvironment.OfAsync(builder, "identity");

        Assert.Equal("admin@planet-techcare.local", environment["Identity__Bootstrap__AdminEmail"]);
        Assert.Equal("{identity-admin-password.value}", environment["Identity__Bootstrap__AdminPassword"]);
        var password = File.ReadAllText(Path.Combine(dataDirectory, "secrets", "identity-admin-password")).Trim();
        Assert.Equal(password, await Parameter(model, "identity-admin-password").GetValueAsync(default));
        Assert.Equal("true", environment["Identity__AllowHttp"]);
        Assert.Equal("platform-automation", environment["Identity__Bootstrap__Clients__0__ClientId"]);
        Assert.Matches("^[A-Za-z0-9]{32}$", await Parameter(model, "identity-automation-secret").GetValueAsync(default));
        Assert.Equal("admin", environment["Identity__Bootstrap__Clients__0__Scopes"]);
        var printed = new List<string?>();
        foreach (var note in notes.Where(note => note.Format.StartsWith("Staff sign-in", StringComparison.Ordinal)))
        {
            printed.Add(await note.GetValueAsync(default));
        }

        Assert.Equal([$"Staff sign-in: admin@planet-techcare.local / {password}"], printed);
    }

    private static ParameterResource Parameter(IEnumerable<IResource> model, string name) => model.OfType<ParameterResource>().Single(p => p.Name == name);

    private static async Task<string?> GeneratedSecretAsync(string dataDirectory)
    {
        var builder = TestApps.Empty($"--AppHost:DataDirectory={dataDirectory}");
        var password = builder.AddGeneratedSecret("identity-admin-password");
        return await password.Resource.GetValueAsync(default);
    }
}
