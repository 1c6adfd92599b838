
namespace PlanetTechCare.Identity.Tests.Support;

/// <summary>
/// Real PostgreSQL and the identity service, started once for the collection as
/// Aspire.Hosting.Testing would, with an admin account, two client-credentials clients and the
/// dashboard client bootstrapped from configuration with secrets generated for this run.
/// </summary>
public sealed class IdentityFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@planet-techcare.test";
    public const string AdminClientId = "test-automation";
    public const string ReaderClientId = "test-reader";
    public const string ReaderScopes = "signatories.read workshops.read";
    public const string DashboardRedirectUri = "http://127.0.0.1:5999/signin-callback";
    public const string DashboardPostLogoutRedirectUri = "http://127.0.0.1:5999/signout-callback";

    private DistributedApplication? _app;

    public string AdminPassword { get; } = TestSecrets.New();

    public string AdminClientSecret { get; } = TestSecrets.New();

    public string ReaderClientSecret { get; } = TestSecrets.New();

    public HttpClient Http { get; private set; } = new();

    public Uri Endpoint => App.GetEndpoint("identity");

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The app is not started.");

    public async Task InitializeAsync()
    {
        var builder = TestApps.Empty();
        var db = builder.AddLocalPostgres("postgres").AddDatabase("identitydb");
        builder.AddService<Projects.Identity>("identity")
            .WithReference(db).WaitFor(db)
            .WithEnvironment("Identity__AllowHttp", "true")
            .WithEnvironment("Identity__Bootstrap__AdminEmail", AdminEmail)
            .WithEnvironment("Identity__Bootstrap__AdminPassword", AdminPassword)
            .WithEnvironment("Identity__Bootstrap__Clients__0__ClientId", AdminClientId)
            .WithEnvironment("Identity__Bootstrap__Clients__0__Secret", AdminClientSecret)
            .WithEnvironment("Identity__Bootstrap__Clients__0__Scopes", "admin")
            .WithEnvironment("Identity__Bootstrap__Clients__0__DisplayName", "Test automation")
            .WithEnvironment("Identity__Bootstrap__Clients__1__ClientId", ReaderClientId)
            .WithEnvironment("Identity__Bootstrap__Clients__1__Secret", ReaderClientSecret)
            .WithEnvironment("Identity__Bootstrap__Clients__1__Scopes", ReaderScopes)
            .WithEnvironment("Identity__Bootstrap__Dashboard__RedirectUri", DashboardRedirectUri)
            .WithEnvironment("Identity__Bootstrap__Dashboard__PostLogoutRedirectUri", DashboardPostLogoutRedirectUri);
        _app = builder.Build();
        await _app.StartHealthyAsync();
        Http = _app.CreateHttpClient("identity");
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
