namespace PlanetTechCare.AppHost.Tests.Fixtures;

/// <summary>One PostgreSQL server (two databases) and one RabbitMQ broker, shared by a test collection.</summary>
public sealed class ServersFixture : IAsyncLifetime
{
    public DistributedApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        var postgres = builder.AddPostgres("postgres");
        postgres.AddDatabase("testdb");
        postgres.AddDatabase("otherdb", "other_database");
        builder.AddRabbitMQ("messaging");
        App = builder.Build();
        await App.StartAsync();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
