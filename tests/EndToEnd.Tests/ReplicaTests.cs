using System.Net;
using PlanetTechCare.EndToEnd.Tests.Support;
namespace PlanetTechCare.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ReplicaTests(PlatformFixture platform)
{
    [Fact]
    public async Task Each_replica_of_a_service_reports_healthy_on_its_own_endpoint()
    {
        for (var replica = 0; replica < 2; replica++)
        {
            using var client = await platform.App.ReplicaClientAsync("workshops", replica);
            var response = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("signatories")]
    [InlineData("workshops")]
    [InlineData("directory")]
    [InlineData("content")]
    public async Task Every_service_reports_ready_and_alive_on_its_own_endpoint(string service)
    {
        using var client = platform.App.CreateHttpClient(service);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task A_crashed_replica_is_restarted_while_the_gateway_keeps_answering()
    {
        var before = await platform.App.ProcessIdAsync("workshops", 0);

        await platform.App.KillAsync("workshops", 0);

        // The gateway stops sending to the dead replica and the other one answers.
        await Eventually.HoldsAsync(async () =>
        {
            for (var call = 0; call < 6; call++)
            {
                var response = await platform.Gateway.GetAsync("/api/v1/workshops");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return false;
                }
            }

            return true;
        }, "six calls in a row succeed through the gateway");

        // The AppHost brings the crashed replica back.
        await platform.App.WaitUntilRestartedAsync("workshops", 0);
        Assert.NotEqual(before, await platform.App.ProcessIdAsync("workshops", 0));
    }
}
