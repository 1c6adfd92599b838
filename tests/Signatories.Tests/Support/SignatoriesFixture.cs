using Npgsql;
namespace PlanetTechCare.Signatories.Tests.Support;

/// <summary>
/// The signatories service run by the AppHost's testing builder against a real PostgreSQL and a real
/// RabbitMQ, started once for the collection, with a tap on the events it publishes.
/// </summary>
public sealed class SignatoriesFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The service is not started.");

    public HttpClient Http { get; private set; } = new();

    public EventTap Events { get; private set; } = null!;

    public string DatabaseConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = TestApps.Empty();
        var postgres = builder.AddLocalPostgres("postgres");
        var db = postgres.AddDatabase("signatoriesdb");
        var identity = TestIdentity.AddTo(builder, postgres);
        var messaging = builder.AddLocalRabbitMQ("messaging");
        builder.AddService<Projects.Signatories>("signatories")
            .WithReference(db).WaitFor(db)
            .WithReference(identity.Resource).WaitFor(identity.Resource)
            .WithReference(messaging).WaitFor(messaging)
            .WithEnvironment("DemoData__Enabled", "false");
        _app = builder.Build();
        await _app.StartHealthyAsync();
        Http = _app.CreateHttpClient("signatories");
        await identity.AuthorizeAsync(Http, _app);
        DatabaseConnectionString = await _app.GetConnectionStringAsync("signatoriesdb")
            ?? throw new InvalidOperationException("PostgreSQL gave no connection string.");
        Events = await EventTap.StartAsync(await _app.GetConnectionStringAsync("messaging")
            ?? throw new InvalidOperationException("RabbitMQ gave no connection string."));
    }

    /// <summary>Runs a scalar query on the service's own database (to check what was, or was not, stored).</summary>
    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
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
