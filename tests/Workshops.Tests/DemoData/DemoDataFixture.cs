using PlanetTechCare.AppHost.Hosting;
using PlanetTechCare.AppHost.Testing;
using PlanetTechCare.TestSupport;

namespace PlanetTechCare.Workshops.Tests.DemoData;

/// <summary>The workshops service with demo data on, as two replicas that both seed at start.</summary>
public sealed class DemoDataFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        var postgres = builder.AddPostgres("postgres");
        var db = postgres.AddDatabase("workshopsdb");
        var identity = TestIdentity.AddTo(builder, postgres);
        var messaging = builder.AddRabbitMQ("messaging");
        builder.AddProject("workshops", "services/Workshops/Workshops.csproj")
            .WithReference(db).WaitFor(db)
            .WithReference(identity.Resource).WaitFor(identity.Resource)
            .WithReference(messaging).WaitFor(messaging)
            .WithEnvironment("DemoData__Enabled", "true")
            .WithReplicas(2);
        _app = builder.Build();
        await _app.StartAsync();
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
