using Npgsql;

namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>
/// Every table of every service database: its row count and a hash of its content. No table is
/// left out: at rest, nothing in the platform writes on its own (the outbox, inbox, feed and
/// deliveries change only after a write or an event), and the after-effects of earlier tests
/// are waited out by <see cref="TakeWhenSettledAsync"/>.
/// </summary>
public static class DatabaseSnapshot
{
    public static readonly string[] Databases = ["signatoriesdb", "workshopsdb", "directorydb", "contentdb", "identitydb", "webhooksdb"];

    private const string TablesQuery = """
        SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1
        """;

    /// <summary>"database.schema.table" → "rows:hash".</summary>
    public static async Task<SortedDictionary<string, string>> TakeAsync(DistributedApplication app)
    {
        var tables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var database in Databases)
        {
            // Not pooled: the fault tests restart PostgreSQL under this process's feet.
            var connectionString = new NpgsqlConnectionStringBuilder(await app.GetConnectionStringAsync(database)) { Pooling = false };
            await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
            await connection.OpenAsync();
            foreach (var table in await TableNamesAsync(connection))
            {
                await using var state = new NpgsqlCommand(
                    $"SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM {table} t", connection);
                tables[$"{database}.{table}"] = (string)(await state.ExecuteScalarAsync())!;
            }
        }

        return tables;
    }

    /// <summary>A snapshot taken once the databases stopped changing (the after-effects of earlier tests have settled).</summary>
    public static async Task<SortedDictionary<string, string>> TakeWhenSettledAsync(DistributedApplication app)
    {
        var previous = await TakeAsync(app);
        SortedDictionary<string, string>? current = null;
        await Eventually.HoldsAsync(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            current = await TakeAsync(app);
            var settled = current.SequenceEqual(previous);
            previous = current;
            return settled;
        }, "the databases stop changing");
        return current!;
    }

    private static async Task<List<string>> TableNamesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(TablesQuery, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
