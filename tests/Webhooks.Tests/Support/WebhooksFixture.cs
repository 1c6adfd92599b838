using System.Collections.Concurrent;
using MassTransit;
using PlanetTechCare.Contracts;
namespace PlanetTechCare.Webhooks.Tests.Support;

/// <summary>
/// Real PostgreSQL, RabbitMQ, identity and the webhooks service (allowed loopback http targets,
/// short retry delays), a receiver on a loopback port, and a small bus publishing events.
/// </summary>
public sealed class WebhooksFixture : IAsyncLifetime
{
    private DistributedApplication? _app;
    private IBusControl? _bus;
    private TestIdentity? _identity;

    public HttpClient Http { get; private set; } = new();

    public TestReceiver Receiver { get; } = new();

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The app is not started.");

    public TestIdentity Identity => _identity ?? throw new InvalidOperationException("The app is not started.");

    /// <summary>The <c>WebhookSubscriptionDisabled</c> events the service published.</summary>
    public ConcurrentQueue<WebhookSubscriptionDisabled> Disabled { get; } = new();

    public IBus Bus => _bus ?? throw new InvalidOperationException("The bus is not started.");

    public async Task InitializeAsync()
    {
        await Receiver.StartAsync();
        var builder = TestApps.Empty();
        var postgres = builder.AddLocalPostgres("postgres");
        var db = postgres.AddDatabase("webhooksdb");
        _identity = TestIdentity.AddTo(builder, postgres);
        var messaging = builder.AddLocalRabbitMQ("messaging");
        builder.AddService<Projects.Webhooks>("webhooks")
            .WithReference(db).WaitFor(db)
            .WithReference(_identity.Resource).WaitFor(_identity.Resource)
            .WithReference(messaging).WaitFor(messaging)
            .WithEnvironment("Webhooks__AllowLoopbackHttp", "true")
            .WithEnvironment("Webhooks__RetrySchedule__0", "00:00:00.300")
            .WithEnvironment("Webhooks__RetrySchedule__1", "00:00:00.600")
            .WithEnvironment("Webhooks__PollingInterval", "00:00:00.100")
            .WithEnvironment("Webhooks__BatchSize", "2")
            .WithEnvironment("Webhooks__DisableAfterFailingFor", "00:00:02")
            .WithEnvironment("Webhooks__StreamPollingInterval", "00:00:00.100");
        _app = builder.Build();
        await _app.StartHealthyAsync();
        Http = _app.CreateHttpClient("webhooks");
        await _identity.AuthorizeAsync(Http, _app);

        _bus = await TestBus.StartAsync(_app, rabbit =>
        {
            rabbit.ReceiveEndpoint("webhooks-tests-disabled", endpoint => endpoint.Handler<WebhookSubscriptionDisabled>(context =>
            {
                Disabled.Enqueue(context.Message);
                return Task.CompletedTask;
            }));
        });
    }

    /// <summary>A client of the service calling as the API client <paramref name="clientId"/> (dispose it).</summary>
    public async Task<HttpClient> AppAsync(string clientId)
    {
        var http = App.CreateHttpClient("webhooks");
        http.DefaultRequestHeaders.Authorization = new("Bearer", await Identity.TokenAsync(App, clientId));
        return http;
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

        await Receiver.DisposeAsync();
    }
}
