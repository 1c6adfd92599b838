using System.Net;
using System.Net.Http.Json;
using PlanetTechCare.Faults.Tests.Support;

namespace PlanetTechCare.Faults.Tests;

/// <summary>
/// RabbitMQ or PostgreSQL killed with SIGKILL (every process of it): the AppHost starts it again by
/// itself, and the approvals made before, during and after the outage each have their effect once.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ServerCrashTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("messaging")]
    [InlineData("postgres")]
    public async Task A_killed_server_comes_back_by_itself_and_each_approval_around_the_outage_arrives_once(string server)
    {
        // Given three providers waiting for approval, the first approved before the crash
        var providers = new[]
        {
            await Signatories.ApplyProviderAsync(platform.Gateway),
            await Signatories.ApplyProviderAsync(platform.Gateway),
            await Signatories.ApplyProviderAsync(platform.Gateway),
        };
        await Signatories.ApproveAsync(platform.Staff, providers[0]);
        var crashed = await platform.App.ProcessIdAsync(server);

        // When the server is killed, staff approve the second one as soon as the platform takes it
        await platform.App.KillAsync(server);
        await Eventually.HoldsAsync(async () => await ApprovalStatusAsync(providers[1]) == HttpStatusCode.OK,
            "the second approval is taken (at once without the broker: the outbox keeps it; once PostgreSQL is back otherwise)", timeoutSeconds: 120);

        // Then the server runs again in a new process without anyone starting it, and the third approval goes through too
        await platform.App.WaitUntilRestartedAsync(server);
        Assert.NotEqual(crashed, await platform.App.ProcessIdAsync(server));
        await Signatories.ApproveAsync(platform.Staff, providers[2]);

        var feed = await Settled.CountsAsync(() => EventFeed.CountByIdAsync(platform.Staff, "signatory.approved", "signatoryId"),
            providers, "every approval reached the webhooks feed");
        Assert.All(providers, id => Assert.Equal(1, feed[id]));
        await Listings.AssertEachHasOneAsync(platform.Staff, providers);
        Assert.Empty(await ErrorQueues.WithMessagesAsync(platform.App));
    }

    private async Task<HttpStatusCode> ApprovalStatusAsync(Guid id)
    {
        try
        {
            using var approved = await platform.Staff.PostAsJsonAsync($"/api/v1/signatories/staff/{id}/approve", new { by = "fault tests" });
            return approved.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
