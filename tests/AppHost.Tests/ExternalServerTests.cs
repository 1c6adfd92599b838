using Microsoft.Extensions.DependencyInjection;
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
        var dataDirectory = Directory.CreateTempSubdirectory("ptc-external-").FullName;
        var builder = TestApps.Empty(
            $"--AppHost:DataDirectory={dataDirectory}", $"--ConnectionStrings:postgres={postgres}", $"--ConnectionStrings:messaging={messaging}");
        builder.AddLocalPostgres("postgres").AddDatabase("externaldb");
        builder.AddLocalRabbitMQ("messaging");
        await using var app = builder.Build();

        await app.StartHealthyAsync();

        Assert.DoesNotContain(app.Services.GetRequiredService<DistributedApplicationModel>().Resources, resource => resource is ExecutableResource);
        Assert.False(Directory.Exists(Path.Combine(dataDirectory, "postgres")));
        Assert.False(Directory.Exists(Path.Combine(dataDirectory, "messaging")));
        Assert.Equal(messaging, await app.GetConnectionStringAsync("messaging"));
        Assert.Equal(1, await Postgres.ScalarAsync<long>(postgres!, "SELECT count(*) FROM pg_database WHERE datname = 'externaldb'"));
        Assert.Equal("externaldb", await Postgres.ScalarAsync<string>((await app.GetConnectionStringAsync("externaldb"))!, "SELECT current_database()"));
        Directory.Delete(dataDirectory, recursive: true);
    }
}
