namespace PlanetTechCare.AppHost.Tests.Fixtures;

/// <summary>One local PostgreSQL server (with a database) and one local RabbitMQ broker, shared by a test collection.</summary>
public sealed class ServersFixture : IAsyncLifetime
{
    public DistributedApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = TestApps.Empty();
        builder.AddLocalPostgres("postgres").AddDatabase("testdb");
        builder.AddLocalRabbitMQ("messaging");
        App = builder.Build();
        await App.StartHealthyAsync();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
