using Npgsql;

namespace PlanetTechCare.Messaging.Tests.Support;

/// <summary>
/// A real PostgreSQL server and a real RabbitMQ broker, started by the AppHost's own launchers
/// once for the test collection. Each test takes a database of its own.
/// </summary>
public sealed class ServersFixture : IAsyncLifetime
{
    private DistributedApplication? _app;
    private int _databases;

    public string ServerConnectionString { get; private set; } = string.Empty;

    public string BrokerConnectionString { get; private set; } = string.Empty;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The servers are not started.");

    public async Task InitializeAsync()
    {
        var builder = TestApps.Empty();
        builder.AddLocalPostgres("postgres");
        builder.AddLocalRabbitMQ("messaging");
        _app = builder.Build();
        await _app.StartHealthyAsync();
        ServerConnectionString = await _app.GetConnectionStringAsync("postgres")
            ?? throw new InvalidOperationException("PostgreSQL gave no connection string.");
        BrokerConnectionString = await _app.GetConnectionStringAsync("messaging")
            ?? throw new InvalidOperationException("RabbitMQ gave no connection string.");
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"notes_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
