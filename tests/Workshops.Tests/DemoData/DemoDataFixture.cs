namespace PlanetTechCare.Workshops.Tests.DemoData;

/// <summary>The workshops service with demo data on, as two replicas that both seed at start.</summary>
public sealed class DemoDataFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var builder = TestApps.Empty();
        var postgres = builder.AddLocalPostgres("postgres");
        var db = postgres.AddDatabase("workshopsdb");
        var identity = TestIdentity.AddTo(builder, postgres);
        var messaging = builder.AddLocalRabbitMQ("messaging");
        builder.AddService<Projects.Workshops>("workshops", replicas: 2)
            .WithReference(db).WaitFor(db)
            .WithReference(identity.Resource).WaitFor(identity.Resource)
            .WithReference(messaging).WaitFor(messaging)
            .WithEnvironment("DemoData__Enabled", "true");
        _app = builder.Build();
        await _app.StartHealthyAsync();
        Client = _app.CreateHttpClient("workshops");
        await identity.AuthorizeAsync(Client, _app);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
