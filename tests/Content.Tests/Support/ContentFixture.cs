using MassTransit;
using PlanetTechCare.Contracts;
namespace PlanetTechCare.Content.Tests.Support;

/// <summary>
/// Real PostgreSQL and RabbitMQ and the content service, started once for the collection as
/// Aspire.Hosting.Testing would; a small MassTransit bus publishes workshop events into the broker
/// and records every event the content service publishes.
/// </summary>
public class ContentFixture : IAsyncLifetime
{
    private DistributedApplication? _app;
    private IBusControl? _bus;

    public HttpClient Http { get; private set; } = new();

    public IBus Bus => _bus ?? throw new InvalidOperationException("The bus is not started.");

    public EventLog Events { get; } = new();

    /// <summary>Extra environment for the service (a subclass turns options on).</summary>
    protected virtual IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>();

    /// <summary>How many replicas of the service run (a subclass may run several).</summary>
    protected virtual int Replicas => 1;

    public async Task InitializeAsync()
    {
        var builder = TestApps.Empty();
        var postgres = builder.AddLocalPostgres("postgres");
        var db = postgres.AddDatabase("contentdb");
        var identity = TestIdentity.AddTo(builder, postgres);
        var messaging = builder.AddLocalRabbitMQ("messaging");
        var content = builder.AddService<Projects.Content>("content", replicas: Replicas)
            .WithReference(db).WaitFor(db)
            .WithReference(identity.Resource).WaitFor(identity.Resource)
            .WithReference(messaging).WaitFor(messaging);
        foreach (var (key, value) in Environment)
        {
            content.WithEnvironment(key, value);
        }

        _app = builder.Build();
        await _app.StartHealthyAsync();
        Http = _app.CreateHttpClient("content");
        await identity.AuthorizeAsync(Http, _app);

        _bus = await TestBus.StartAsync(_app, rabbit =>
        {
            rabbit.ReceiveEndpoint($"content-tests-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<ContentPublished>(context => Events.Record(context.Message));
                endpoint.Handler<ContentUpdated>(context => Events.Record(context.Message));
                endpoint.Handler<ContentArchived>(context => Events.Record(context.Message));
                endpoint.Handler<TranslationPublished>(context => Events.Record(context.Message));
            });
        });
        await WhenStartedAsync();
    }

    /// <summary>What a subclass waits for once the service and the test bus run.</summary>
    protected virtual Task WhenStartedAsync() => Task.CompletedTask;

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
