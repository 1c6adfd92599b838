using PlanetTechCare.AppHost.Tests.Fixtures;
using RabbitMQ.Client;

namespace PlanetTechCare.AppHost.Tests;

[Collection(ServersCollection.Name)]
public sealed class RabbitMQTests(ServersFixture servers)
{
    [Fact]
    public async Task Broker_accepts_an_amqp_connection_with_the_generated_credentials()
    {
        await using var connection = await ConnectAsync();

        Assert.True(connection.IsOpen);
    }

    [Fact]
    public async Task Broker_connection_string_has_aspire_shape()
    {
        var connectionString = await servers.App.GetConnectionStringAsync("messaging");

        Assert.Matches(@"^amqp://ptc-[a-z0-9]{8}:[A-Za-z0-9]{24}@127\.0\.0\.1:\d+$", connectionString);
    }

    [Fact]
    public async Task Broker_can_be_stopped_and_started_again_on_the_same_port()
    {
        var before = await servers.App.GetConnectionStringAsync("messaging");

        await servers.App.StopResourceAsync("messaging");
        await Assert.ThrowsAnyAsync<Exception>(ConnectAsync);
        await servers.App.StartResourceAsync("messaging");

        Assert.Equal(before, await servers.App.GetConnectionStringAsync("messaging"));
        await using var connection = await ConnectAsync();
        Assert.True(connection.IsOpen);
    }

    private async Task<IConnection> ConnectAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri((await servers.App.GetConnectionStringAsync("messaging"))!) };
        return await factory.CreateConnectionAsync();
    }
}
