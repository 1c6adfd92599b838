using System.Collections.Concurrent;
using MassTransit;
using PlanetTechCare.Contracts;
namespace PlanetTechCare.Webhooks.Tests.Support;

/// <summary>
/// The webhooks service with its servers (allowed loopback http targets, short retry delays), a
/// receiver on a loopback port, and a small bus publishing events.
/// </summary>
public sealed class WebhooksFixture() : ServiceFixture<Projects.Webhooks>("webhooks", "webhooksdb")
{
    private IBusControl? _bus;

    public TestReceiver Receiver { get; } = new();

    /// <summary>The <c>WebhookSubscriptionDisabled</c> events the service published.</summary>
    public ConcurrentQueue<WebhookSubscriptionDisabled> Disabled { get; } = new();

    public IBus Bus => _bus ?? throw new InvalidOperationException("The bus is not started.");

    protected override IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Webhooks__AllowLoopbackHttp"] = "true",
        ["Webhooks__RetrySchedule__0"] = "00:00:00.300",
        ["Webhooks__RetrySchedule__1"] = "00:00:00.600",
        ["Webhooks__PollingInterval"] = "00:00:00.100",
        ["Webhooks__BatchSize"] = "2",
        // Two sends at a time per subscription: a receiver that takes its time holds a backlog (the crash
        // and slow-receiver tests need one); a lease that runs out soon after the 10 s attempt timeout.
        ["Webhooks__MaxConcurrentSendsPerSubscription"] = "2",
        ["Webhooks__Lease"] = "00:00:15",
        ["Webhooks__DisableAfterFailingFor"] = "00:00:02",
        ["Webhooks__StreamPollingInterval"] = "00:00:00.100",
    };

    protected override async Task WhenStartedAsync()
    {
        await Receiver.StartAsync();
        _bus = await TestBus.StartAsync(App, rabbit =>
        {
            rabbit.ReceiveEndpoint("webhooks-tests-disabled", endpoint => endpoint.Handler<WebhookSubscriptionDisabled>(context =>
            {
                Disabled.Enqueue(context.Message);
                return Task.CompletedTask;
            }));
        });
    }

    protected override async Task WhenStoppingAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        await Receiver.DisposeAsync();
    }
}
