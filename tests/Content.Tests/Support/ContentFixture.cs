using MassTransit;
using PlanetTechCare.Contracts;
namespace PlanetTechCare.Content.Tests.Support;

/// <summary>
/// The content service with its servers; a small MassTransit bus publishes workshop events into the
/// broker and records every event the content service publishes.
/// </summary>
public class ContentFixture() : ServiceFixture<Projects.Content>("content", "contentdb")
{
    private IBusControl? _bus;

    public IBus Bus => _bus ?? throw new InvalidOperationException("The bus is not started.");

    public EventLog Events { get; } = new();

    protected override async Task WhenStartedAsync() => _bus = await TestBus.StartAsync(App, rabbit =>
    {
        rabbit.ReceiveEndpoint($"content-tests-{Guid.NewGuid():N}", endpoint =>
        {
            endpoint.AutoDelete = true;
            endpoint.Durable = false;
            endpoint.Handler<ContentPublished>(context => Events.Record(context.Message));
            endpoint.Handler<ContentUpdated>(context => Events.Record(context.Message));
            endpoint.Handler<ContentArchived>(context => Events.Record(context.Message));
            endpoint.Handler<TranslationPublished>(context => Events.Record(context.Message));
        });
    });

    protected override async Task WhenStoppingAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }
    }
}
