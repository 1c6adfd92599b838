using PlanetTechCare.Faults.Tests.Support;
namespace PlanetTechCare.Faults.Tests;

/// <summary>Consuming services SIGKILLed while events reach them, restarted by the AppHost.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ServiceKillTests(PlatformFixture platform)
{
    private static readonly string[] Consumers = ["directory", "webhooks"];

    [Fact]
    public async Task Approvals_consumed_by_services_killed_midway_each_give_one_listing_and_one_feed_row()
    {
        // Given thirty providers waiting for approval
        var providers = new Guid[30];
        for (var i = 0; i < providers.Length; i++)
        {
            providers[i] = await Signatories.ApplyProviderAsync(platform.Gateway);
        }

        var processes = new Dictionary<string, int?>();
        foreach (var name in Consumers)
        {
            processes[name] = await platform.App.ProcessIdAsync(name);
        }

        // When staff approve them all at once and the directory and webhooks services are killed while consuming
        var approvals = Task.WhenAll(providers.Select(id => Signatories.ApproveAsync(platform.Staff, id)));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        await Task.WhenAll(Consumers.Select(name => platform.App.KillAsync(name)));
        await approvals;

        // Then both were restarted, and each approval had its effect exactly once
        foreach (var name in Consumers)
        {
            await platform.App.WaitUntilRestartedAsync(name);
            Assert.NotEqual(processes[name], await platform.App.ProcessIdAsync(name));
        }

        var feed = await Settled.CountsAsync(() => EventFeed.CountByIdAsync(platform.Staff, "signatory.approved", "signatoryId"),
            providers, "every approval reached the webhooks feed");
        Assert.All(providers, id => Assert.Equal(1, feed[id]));
        await Listings.AssertEachHasOneAsync(platform.Staff, providers);
        Assert.Empty(await ErrorQueues.WithMessagesAsync(platform.App));
    }
}
