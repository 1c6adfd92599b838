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
    public async Task Database_with_its_own_name_is_created_under_that_name()
    {
        var connectionString = await servers.App.GetConnectionStringAsync("otherdb");

        Assert.Equal("other_database", await Postgres.ScalarAsync<string>(connectionString!, "SELECT current_database()"));
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
    public void Server_and_databases_report_running()
    {
        Assert.All(
            new[] { "postgres", "testdb", "otherdb" },
            name => Assert.Equal(ResourceState.Running, servers.App.GetResourceSnapshot(name).State));
    }
}
