using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using PlanetTechCare.AppHost.Tests.Fixtures;

namespace PlanetTechCare.AppHost.Tests;

[Collection(ServersCollection.Name)]
public sealed class PostgresTests(ServersFixture servers)
{
    [Fact]
    public async Task Server_answers_a_query_with_its_connection_string()
    {
        var connectionString = await servers.App.GetConnectionStringAsync("postgres");

        Assert.Equal(1, await Postgres.ScalarAsync<int>(connectionString!, "SELECT 1"));
    }

    [Fact]
    public async Task Declared_database_is_created_and_reachable_with_its_injected_connection_string()
    {
        var connectionString = await servers.App.GetConnectionStringAsync("testdb");

        Assert.Equal("testdb", await Postgres.ScalarAsync<string>(connectionString!, "SELECT current_database()"));
    }

    [Fact]
    public async Task Database_connection_string_has_aspire_shape()
    {
        var connectionString = await servers.App.GetConnectionStringAsync("testdb");

        Assert.Matches(@"^Host=127\.0\.0\.1;Port=\d+;Username=postgres;Password=[A-Za-z0-9]{24};Database=testdb$", connectionString);
    }

    [Fact]
    public async Task Server_refuses_a_wrong_password()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await servers.App.GetConnectionStringAsync("postgres"))
        {
            Password = "wrong",
        }.ConnectionString;

        await Assert.ThrowsAsync<PostgresException>(() => Postgres.ScalarAsync<int>(connectionString, "SELECT 1"));
    }

    [Fact]
    public async Task Server_and_database_report_running_and_healthy()
    {
        foreach (var name in new[] { "postgres", "testdb" })
        {
            var snapshot = await servers.App.SnapshotAsync(name);
            Assert.Equal(KnownResourceStates.Running, snapshot.State?.Text);
            Assert.Equal(HealthStatus.Healthy, snapshot.HealthStatus);
        }
    }

    [Fact]
    public async Task Server_listens_on_loopback_only()
    {
        var snapshot = await servers.App.SnapshotAsync("postgres");
        var arguments = string.Join(' ', snapshot.Properties.Single(p => p.Name == "executable.args").Value as IEnumerable<object> ?? []);

        Assert.Contains("listen_addresses=127.0.0.1", arguments, StringComparison.Ordinal);
    }
}
