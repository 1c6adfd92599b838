using System.Net;
using PlanetTechCare.Faults.Tests.Support;
namespace PlanetTechCare.Faults.Tests;

/// <summary>PostgreSQL stopped and started again under running services.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DatabaseRestartTests(PlatformFixture platform)
{
    private static readonly string[] Services = ["signatories", "workshops", "directory", "content", "identity", "webhooks"];

    [Fact]
    public async Task Services_report_unhealthy_while_postgres_is_down_and_recover_without_a_restart()
    {
        // Given every service healthy
        var before = await ProcessesAsync();
        foreach (var (service, replica) in before.Keys)
        {
            Assert.Equal(HttpStatusCode.OK, await HealthAsync(service, replica));
        }

        // When PostgreSQL stops, then starts again
        await platform.App.StopResourceAsync("postgres");
        try
        {
            // Then each service says it is not ready while its database is away
            foreach (var (service, replica) in before.Keys)
            {
                await Eventually.HoldsAsync(async () => await HealthAsync(service, replica) == HttpStatusCode.ServiceUnavailable,
                    $"{service} ({replica}) reports unhealthy without its database");
            }
        }
        finally
        {
            await platform.App.StartResourceAsync("postgres");
        }

        // And recovers by itself: healthy again, requests succeed, the same processes still running
        foreach (var (service, replica) in before.Keys)
        {
            await Eventually.HoldsAsync(async () => await HealthAsync(service, replica) == HttpStatusCode.OK,
                $"{service} ({replica}) reports healthy again");
        }

        await Signatories.ApproveAsync(platform.Staff, await Signatories.ApplyProviderAsync(platform.Gateway));
        var workshop = await Workshops.ScheduleAsync(platform.Staff, capacity: 1);
        Assert.Equal("confirmed", (await Workshops.RegisterAsync(platform.Gateway, workshop, $"after.{workshop:N}@example.org")).Status);
        Assert.Equal(before, await ProcessesAsync());
        Assert.Empty(await ErrorQueues.WithMessagesAsync(platform.App));
    }

    /// <summary>Each replica's process.</summary>
    private async Task<Dictionary<(string Service, int Replica), int?>> ProcessesAsync()
    {
        var processes = new Dictionary<(string Service, int Replica), int?>();
        foreach (var service in Services)
        {
            for (var replica = 0; replica < (await platform.App.InstancesAsync(service)).Count; replica++)
            {
                processes[(service, replica)] = await platform.App.ProcessIdAsync(service, replica);
            }
        }

        return processes;
    }

    private async Task<HttpStatusCode> HealthAsync(string service, int replica)
    {
        using var http = await platform.App.ReplicaClientAsync(service, replica);
        http.Timeout = TimeSpan.FromSeconds(10);
        try
        {
            using var response = await http.GetAsync("/health");
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
