namespace PlanetTechCare.TestSupport;

/// <summary>
/// The whole platform, declared by the AppHost's own Program.cs and started once for the test
/// collection, as Aspire.Hosting.Testing would: real PostgreSQL, RabbitMQ, services and gateway.
/// </summary>
public class PlatformFixture : IAsyncLifetime
{
    private DistributedApplication? _app;
    private WholePlatformLock? _machineLock;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The platform is not started.");

    /// <summary>Anonymous calls through the gateway.</summary>
    public HttpClient Gateway { get; private set; } = new();

    /// <summary>Calls through the gateway with a token allowed every scope, as staff make them.</summary>
    public HttpClient Staff { get; private set; } = new();

    public TestIdentity Identity { get; private set; } = TestIdentity.ForAppHost().Identity;

    /// <summary>Whether the services seed their demo data (off: each test makes what it needs).</summary>
    protected virtual bool WithDemoData => false;

    public async Task InitializeAsync()
    {
        _machineLock = await WholePlatformLock.AcquireAsync();
        var (identity, identityArguments) = TestIdentity.ForAppHost();
        Identity = identity;
        // Rate limits far above what the tests send from their one address (their own tests lower them).
        var builder = await TestApps.PlatformAsync(
        [
            "--Gateway:Port=0", WithDemoData ? "--DemoData:Enabled=true" : "--DemoData:Enabled=false",
            "--Gateway:RateLimits:Anonymous:PermitLimit=1000000", "--Gateway:RateLimits:PublicWrites:PermitLimit=1000000",
            "--Gateway:RateLimits:Clients:PermitLimit=1000000",
            .. identityArguments,
        ]);
        _app = builder.Build();
        _app.KeepLogs();
        await _app.StartHealthyAsync();
        Gateway = _app.CreateHttpClient("gateway");
        Staff = _app.CreateHttpClient("gateway");
        await Identity.AuthorizeAsync(Staff, _app);
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        Staff.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _machineLock?.Dispose();
    }
}
