
namespace PlanetTechCare.Signatories.Tests.Support;

/// <summary>A separate signatories service, database and broker, with <c>DemoData:Enabled=true</c>.</summary>
public sealed class DemoDataFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The service is not started.");

    public HttpClient Http { get; private set; } = new();

    public string DatabaseConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = TestApps.Empty();
        var db = builder.AddLocalPostgres("postgres").AddDatabase("signatoriesdb");
        var messaging = builder.AddLocalRabbitMQ("messaging");
        builder.AddService<Projects.Signatories>("signatories")
            .WithReference(db).WaitFor(db)
            .WithReference(messaging).WaitFor(messaging)
            .WithEnvironment("DemoData__Enabled", "true");
        _app = builder.Build();
        await _app.StartHealthyAsync();
        Http = _app.CreateHttpClient("signatories");
        DatabaseConnectionString = await _app.GetConnectionStringAsync("signatoriesdb")
            ?? throw new InvalidOperationException("PostgreSQL gave no connection string.");
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
