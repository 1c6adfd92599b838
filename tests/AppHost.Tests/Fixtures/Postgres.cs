using Npgsql;

namespace PlanetTechCare.AppHost.Tests.Fixtures;

internal static class Postgres
{
    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql)
    {
        // No pool: a test may restart the server between two calls.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T?)await command.ExecuteScalarAsync();
    }
}
