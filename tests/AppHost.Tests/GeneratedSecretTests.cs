namespace PlanetTechCare.AppHost.Tests;

/// <summary>Generated secrets (the identity service's admin password): made once per data folder, kept there, passed to the project.</summary>
public sealed class GeneratedSecretTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("ptc-apphost-secret-").FullName;

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    [Fact]
    public async Task Generated_secret_reaches_the_project_and_persists_when_the_same_data_folder_is_used_again()
    {
        var first = await PasswordGivenToIdentityAsync(dataDirectory);
        var second = await PasswordGivenToIdentityAsync(dataDirectory);

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
            Assert.NotEqual(await PasswordGivenToIdentityAsync(dataDirectory), await PasswordGivenToIdentityAsync(other));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public async Task Apphost_gives_identity_the_admin_account_and_an_automation_client_and_prints_the_sign_in()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["--Gateway:Port=0"]);
        await using var app = builder.Build();

        var environment = app.GetProjectEnvironment("identity");

        Assert.Equal("admin@planet-techcare.local", environment["Identity__Bootstrap__AdminEmail"]);
        var password = environment["Identity__Bootstrap__AdminPassword"];
        Assert.Equal(password, File.ReadAllText(Path.Combine(app.DataDirectory, "secrets", "identity-admin-password")).Trim());
        Assert.Equal("true", environment["Identity__AllowHttp"]);
        Assert.Contains(builder.StartupNotes, note => note(app) == $"Staff sign-in: admin@planet-techcare.local / {password}");
        Assert.Equal("platform-automation", environment["Identity__Bootstrap__Clients__0__ClientId"]);
        Assert.Matches("^[A-Za-z0-9]{32}$", environment["Identity__Bootstrap__Clients__0__Secret"]);
        Assert.Equal("admin", environment["Identity__Bootstrap__Clients__0__Scopes"]);
        Assert.Contains("services__identity__http__0", app.GetProjectEnvironment("gateway").Keys);
    }

    private static async Task<string> PasswordGivenToIdentityAsync(string dataDirectory)
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.DataDirectory = dataDirectory;
        var password = builder.AddGeneratedSecret("identity-admin-password");
        builder.AddProject("identity", "services/Identity/Identity.csproj")
            .WithEnvironment("Identity__Bootstrap__AdminPassword", password);
        await using var app = builder.Build();
        return app.GetProjectEnvironment("identity")["Identity__Bootstrap__AdminPassword"];
    }
}
