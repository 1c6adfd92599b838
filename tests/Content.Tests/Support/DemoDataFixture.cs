using System.Net.Http.Json;

namespace PlanetTechCare.Content.Tests.Support;

/// <summary>The content service with demo data on, as two replicas that both seed at start; ready once the demo items are there.</summary>
public sealed class DemoDataFixture : ContentFixture
{
    protected override IReadOnlyDictionary<string, string> Environment =>
        new Dictionary<string, string> { ["DemoData__Enabled"] = "true" };

    protected override int Replicas => 2;

    protected override async Task WhenStartedAsync()
    {
        await base.WhenStartedAsync();
        await Eventually.HoldsAsync(async () =>
            (await Http.GetFromJsonAsync<PageDto<StaffItemDto>>($"{ContentDriver.Staff}?pageSize=100"))!.Total >= 3,
            "the demo items are seeded");
    }
}
