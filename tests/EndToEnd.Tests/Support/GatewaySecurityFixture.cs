using PlanetTechCare.AppHost.Hosting;
using PlanetTechCare.AppHost.Testing;
using PlanetTechCare.TestSupport;

namespace PlanetTechCare.EndToEnd.Tests.Support;

/// <summary>
/// The gateway in front of the identity and signatories services, with rate limits low enough to
/// reach in a test, a small body limit and one allowed browser origin.
/// </summary>
public sealed class GatewaySecurityFixture : IAsyncLifetime
{
    public const int AnonymousLimit = 8;
    public const int ClientLimit = 5;
    public const int PublicWriteLimit = 3;
    public const int MaxBodyBytes = 64 * 1024;
    public const string DashboardOrigin = "http://dashboard.test";

    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The app is not started.");

    public TestIdentity Identity { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        var postgres = builder.AddPostgres("postgres");
        var db = postgres.AddDatabase("signatoriesdb");
        var messaging = builder.AddRabbitMQ("messaging");
        Identity = TestIdentity.AddTo(builder, postgres);
        var signatories = builder.AddProject("signatories", "services/Signatories/Signatories.csproj")
            .WithReference(db).WaitFor(db)
            .WithReference(messaging).WaitFor(messaging)
            .WithReference(Identity.Resource).WaitFor(Identity.Resource)
            .WithEnvironment("DemoData__Enabled", "false");
        builder.AddProject("gateway", "gateway/Gateway.csproj")
            .WithHttpEndpoint()
            .WithReference(signatories).WaitFor(signatories)
            .WithReference(Identity.Resource).WaitFor(Identity.Resource)
            .WithEnvironment("Gateway__RateLimits__Anonymous__PermitLimit", $"{AnonymousLimit}")
            .WithEnvironment("Gateway__RateLimits__Clients__PermitLimit", $"{ClientLimit}")
            .WithEnvironment("Gateway__RateLimits__PublicWrites__PermitLimit", $"{PublicWriteLimit}")
            .WithEnvironment("Gateway__MaxRequestBodyBytes", $"{MaxBodyBytes}")
            .WithEnvironment("Gateway__Cors__Origins__0", DashboardOrigin);
        _app = builder.Build();
        await _app.StartAsync();
        await _app.WaitForResourceHealthyAsync("gateway");
    }

    public HttpClient Gateway() => App.CreateHttpClient("gateway");

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
