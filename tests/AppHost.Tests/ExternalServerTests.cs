using PlanetTechCare.AppHost.Tests.Fixtures;

namespace PlanetTechCare.AppHost.Tests;

[Collection(ServersCollection.Name)]
public sealed class ExternalServerTests(ServersFixture servers)
{
    [Fact]
    public async Task External_connection_strings_mean_no_server_is_started_but_databases_are_created()
    {
        var postgres = await servers.App.GetConnectionStringAsync("postgres");
        var messaging = await servers.App.GetConnectionStringAsync("messaging");
        var builder = DistributedApplicationTestingBuilder.Create(
            $"--ConnectionStrings:postgres={postgres}", $"--ConnectionStrings:messaging={messaging}");
        builder.AddPostgres("postgres").AddDatabase("externaldb");
        builder.AddRabbitMQ("messaging");
        await using var app = builder.Build();

        await app.StartAsync();

        Assert.All(app.GetResourceSnapshots(), snapshot => Assert.Empty(snapshot.ProcessIds));
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "postgres")));
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "messaging")));
        Assert.Equal(messaging, await app.GetConnectionStringAsync("messaging"));
        var created = await Postgres.ScalarAsync<long>(postgres!, "SELECT count(*) FROM pg_database WHERE datname = 'externaldb'");
        Assert.Equal(1, created);
    }
}
