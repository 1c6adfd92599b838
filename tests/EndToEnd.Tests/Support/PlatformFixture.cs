using PlanetTechCare.AppHost.Hosting;
using PlanetTechCare.AppHost.Testing;

namespace PlanetTechCare.EndToEnd.Tests.Support;

/// <summary>
/// The whole platform, declared by the AppHost's own Program.cs and started once for the test
/// collection, as Aspire.Hosting.Testing would: real PostgreSQL, RabbitMQ, services and gateway.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The platform is not started.");

    public HttpClient Gateway { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--Gateway:Port=0", "--DemoData:Enabled=false"]);
        _app = builder.Build();
        await _app.StartAsync();
        Gateway = _app.CreateHttpClient("gateway");
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
