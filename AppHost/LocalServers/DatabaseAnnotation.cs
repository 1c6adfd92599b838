using Npgsql;

namespace PlanetTechCare.AppHost.LocalServers;

/// <summary>A database a PostgreSQL server resource creates once it is healthy (as Aspire's own PostgreSQL integration does).</summary>
internal sealed class DatabaseAnnotation(string name) : IResourceAnnotation
{
    private const string DuplicateDatabase = "42P04";
    private const string UniqueViolation = "23505";

    public string Name { get; } = name;

    public async Task CreateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", Name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

#pragma warning disable CA2100 // The name is a declared resource's, quoted as an identifier.
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
#pragma warning restore CA2100
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException error) when (error.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // Created at the same moment by another AppHost on the same server: fine.
        }
    }
}
