using Microsoft.Extensions.Configuration;
using PlanetTechCare.Dashboard.Platform;

namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>
/// The messages parked in the broker's <c>_error</c> queues (their consumers gave up after every
/// retry), read from its management API as the staff dashboard reads them.
/// </summary>
public static class ErrorQueues
{
    public static async Task<IReadOnlyList<QueueDepth>> WithMessagesAsync(DistributedApplication app)
    {
        var dashboardSettings = new ConfigurationBuilder()
            .AddInMemoryCollection((await app.EnvironmentAsync("dashboard"))
                .Select(setting => KeyValuePair.Create(setting.Key.Replace("__", ":", StringComparison.Ordinal), (string?)setting.Value)))
            .Build();
        using var http = new HttpClient();
        var broker = new BrokerManagementClient(http, new BrokerSettings(dashboardSettings));
        Assert.True(broker.IsAvailable, "the dashboard is given the broker's management API");
        var queues = await broker.ListQueuesAsync(CancellationToken.None);
        Assert.NotEmpty(queues);
        return [.. queues.Where(queue => queue.IsErrorQueue && queue.Ready + queue.Unacknowledged > 0)];
    }
}
