namespace PlanetTechCare.Workshops.Tests.Support;

/// <summary>The workshops service with its servers; every event it publishes is captured.</summary>
public sealed class WorkshopsFixture() : ServiceFixture<Projects.Workshops>("workshops", "workshopsdb")
{
    public EventProbe Events { get; private set; } = null!;

    protected override async Task WhenStartedAsync() => Events = await EventProbe.StartAsync(await ConnectionStringAsync("messaging"));

    protected override async Task WhenStoppingAsync()
    {
        if (Events is not null)
        {
            await Events.DisposeAsync();
        }
    }
}
