namespace PlanetTechCare.Workshops.Tests.Support;

/// <summary>
/// Real PostgreSQL and RabbitMQ, and the workshops service run from its build output, started
/// once for the collection as Aspire.Hosting.Testing would; every event it publishes is captured.
/// </summary>
public sealed class WorkshopsFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public HttpClient Client { get; private set; } = new();

    public EventProbe Events { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = TestApps.Empty();
        var postgres = builder.AddLocalPostgres("postgres");
        var db = postgres.AddDatabase("workshopsdb");
        var identity = TestIdentity.AddTo(builder, postgres);
        var messaging = builder.AddLocalRabbitMQ("messaging");
        builder.AddService<Projects.Workshops>("workshops")
            .WithReference(db).WaitFor(db)
            .WithReference(identity.Resource).WaitFor(identity.Resource)
            .WithReference(messaging).WaitFor(messaging);
        _app = builder.Build();
        await _app.StartHealthyAsync();
        var broker = await _app.GetConnectionStringAsync("messaging")
            ?? throw new InvalidOperationException("RabbitMQ gave no connection string.");
        Events = await EventProbe.StartAsync(broker);
        Client = _app.CreateHttpClient("workshops");
        await identity.AuthorizeAsync(Client, _app);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (Events is not null)
        {
            await Events.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
