using Npgsql;
using PlanetTechCare.AppHost.Hosting;

namespace PlanetTechCare.AppHost.Launchers;

/// <summary>Creates a declared database once its server is healthy (as Aspire does); healthy once it exists.</summary>
internal sealed class PostgresDatabaseRuntime(PostgresDatabaseResource resource, PostgresServerRuntime server)
    : ResourceRuntime(resource.Name, server.Log), IConnectionStringSource
{
    private const string DuplicateDatabase = "42P04";
    private const string UniqueViolation = "23505";

    public string ConnectionString => server.DatabaseConnectionString(resource.DatabaseName);

    public override IReadOnlyList<string> Dependencies => [server.Name];

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        Status.Starting();
        await using var connection = new NpgsqlConnection(server.AdministrationConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", resource.DatabaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await CreateAsync(connection, cancellationToken);
        }

        Status.Running();
    }

    public override Task StopAsync()
    {
        Status.Set(ResourceState.Stopped);
        return Task.CompletedTask;
    }

    public override IReadOnlyList<ResourceSnapshot> Snapshots() => [Status.Snapshot(Name, 0, null, [])];

    private async Task CreateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var quotedName = "\"" + resource.DatabaseName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
#pragma warning disable CA2100 // The name is a declared resource, quoted as an identifier.
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quotedName}", connection);
#pragma warning restore CA2100
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
            Log.Write($"[apphost] created database {resource.DatabaseName}");
        }
        catch (PostgresException error) when (error.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // Created concurrently by another AppHost on the same server: fine.
        }
    }
}
