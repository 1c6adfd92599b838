using MassTransit;
namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>
/// Real PostgreSQL and RabbitMQ and the directory service, started once for the collection as
/// Aspire.Hosting.Testing would; a small MassTransit bus publishes signatory events into the broker.
/// </summary>
public sealed class DirectoryFixture : IAsyncLifetime
{
    private DistributedApplication? _app;
    private IBusControl? _bus;

    public HttpClient Http { get; private set; } = new();

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The app is not started.");

    public IBus Bus => _bus ?? throw new InvalidOperationException("The bus is not started.");

    public async Task InitializeAsync()
    {
        var builder = TestApps.Empty();
        var postgres = builder.AddLocalPostgres("postgres");
        var db = postgres.AddDatabase("directorydb");
        var identity = TestIdentity.AddTo(builder, postgres);
        var messaging = builder.AddLocalRabbitMQ("messaging");
        builder.AddService<Projects.Directory>("directory")
            .WithReference(db).WaitFor(db)
            .WithReference(identity.Resource).WaitFor(identity.Resource)
            .WithReference(messaging).WaitFor(messaging)
            .WithEnvironment("PublicReadCache__Expiry", "00:10:00"); // only writes and applied events empty the cache
        _app = builder.Build();
        await _app.StartHealthyAsync();
        Http = _app.CreateHttpClient("directory");
        await identity.AuthorizeAsync(Http, _app);

        _bus = await TestBus.StartAsync(_app);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
