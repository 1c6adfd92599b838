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
        var builder = TestApps.Empty();
        var postgres = builder.AddLocalPostgres("postgres");
        var db = postgres.AddDatabase("signatoriesdb");
        var messaging = builder.AddLocalRabbitMQ("messaging");
        Identity = TestIdentity.AddTo(builder, postgres);
        var signatories = builder.AddService<Projects.Signatories>("signatories")
            .WithReference(db).WaitFor(db)
            .WithReference(messaging).WaitFor(messaging)
            .WithReference(Identity.Resource).WaitFor(Identity.Resource)
            .WithEnvironment("DemoData__Enabled", "false");
        builder.AddService<Projects.Gateway>("gateway")
            .WithReference(signatories).WaitFor(signatories)
            .WithReference(Identity.Resource).WaitFor(Identity.Resource)
            .WithEnvironment("Gateway__RateLimits__Anonymous__PermitLimit", AnonymousLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Gateway__RateLimits__Clients__PermitLimit", ClientLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Gateway__RateLimits__PublicWrites__PermitLimit", PublicWriteLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Gateway__MaxRequestBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Gateway__Cors__Origins__0", DashboardOrigin);
        _app = builder.Build();
        await _app.StartHealthyAsync();
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
