using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PlanetTechCare.ServiceData;
using PlanetTechCare.Messaging.Tests.TestService;

namespace PlanetTechCare.Messaging.Tests.Support;

/// <summary>
/// A small service wired exactly as the platform's services are (AddServiceDatabase then
/// AddMessaging), run as a real host against the real servers.
/// </summary>
public static class NotesService
{
    public const string DatabaseName = "notesdb";

    public static IHost Build(
        string databaseConnectionString, string brokerConnectionString, string endpointPrefix, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            [$"ConnectionStrings:{DatabaseName}"] = databaseConnectionString,
            ["ConnectionStrings:messaging"] = brokerConnectionString,
            ["Messaging:RetryLimit"] = "3",
            ["Messaging:RetryMinInterval"] = "00:00:00.050",
            ["Messaging:RetryMaxInterval"] = "00:00:00.200",
        });
        builder.Services.AddSingleton<FlakyAttempts>();
        builder.AddServiceDatabase<NotesDbContext>(DatabaseName);
        builder.AddMessaging<NotesDbContext>(endpointPrefix, bus =>
            bus.AddConsumer<NoteWrittenConsumer>().Endpoint(endpoint =>
            {
                // One message at a time, so the tests can observe the publishing order.
                endpoint.PrefetchCount = 1;
                endpoint.ConcurrentMessageLimit = 1;
            }));
        return builder.Build();
    }

    /// <summary>Starts the host and waits until its queues are bound, so that what a test publishes is not dropped.</summary>
    public static async Task StartBoundAsync(IHost host)
    {
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBusControl>();
        await Eventually.HoldsAsync(() => Task.FromResult(bus.CheckHealth().Status == BusHealthStatus.Healthy), "the bus is bound");
    }

    /// <summary>A fresh, unique queue prefix so tests do not share consumers.</summary>
    public static string NewEndpointPrefix() => $"notes-{Guid.NewGuid():N}"[..18];
}
