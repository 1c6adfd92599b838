using MassTransit;
namespace PlanetTechCare.Directory.Tests.Support;

/// <summary>The directory service with its servers; a small MassTransit bus publishes signatory events into the broker.</summary>
public sealed class DirectoryFixture() : ServiceFixture<Projects.Directory>("directory", "directorydb")
{
    private IBusControl? _bus;

    public IBus Bus => _bus ?? throw new InvalidOperationException("The bus is not started.");

    /// <summary>Only writes and applied events empty the read cache.</summary>
    protected override IReadOnlyDictionary<string, string> Environment =>
        new Dictionary<string, string> { ["PublicReadCache__Expiry"] = "00:10:00" };

    protected override async Task WhenStartedAsync() => _bus = await TestBus.StartAsync(App);

    protected override async Task WhenStoppingAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }
    }
}
