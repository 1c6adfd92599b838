using Npgsql;

namespace PlanetTechCare.AppHost.LocalServers;

/// <summary>A database its PostgreSQL server resource creates once healthy, as Aspire's own PostgreSQL integration does.</summary>
internal sealed class DatabaseAnnotation(string name) : IResourceAnnotation
{
    public async Task CreateAsync(NpgsqlConnection server, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", server) { Parameters = { new() { Value = name } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

#pragma warning disable CA2100 // The name is a declared resource's, quoted as an identifier.
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", server);
#pragma warning restore CA2100
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Created at that moment by another AppHost on the same server.
        }
    }
}
