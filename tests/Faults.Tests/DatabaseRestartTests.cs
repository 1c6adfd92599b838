using System.Net;
using PlanetTechCare.AppHost.Hosting;
using PlanetTechCare.AppHost.Testing;
using PlanetTechCare.Faults.Tests.Support;
using PlanetTechCare.TestSupport;

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
        var before = ProjectSnapshots();
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
        Assert.Equal(before, ProjectSnapshots());
        Assert.Empty(await ErrorQueues.WithMessagesAsync(platform.App));
    }

    /// <summary>Each replica's process and restart count.</summary>
    private Dictionary<(string Service, int Replica), (int Restarts, string Processes)> ProjectSnapshots() =>
        platform.App.GetResourceSnapshots().Where(s => Services.Contains(s.Name))
            .ToDictionary(s => (s.Name, s.Replica), s => (s.RestartCount, string.Join(',', s.ProcessIds)));

    private async Task<HttpStatusCode> HealthAsync(string service, int replica)
    {
        using var http = platform.App.CreateHttpClient(service, replica);
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
