using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Workshops.Tests.DemoData;

/// <summary>
/// The workshops service with demo data on, as two replicas that both seed at start; ready once the
/// last demo workshop has its registrations (the seeding runs in the background, in date order).
/// </summary>
public sealed class DemoDataFixture() : ServiceFixture<Projects.Workshops>("workshops", "workshopsdb")
{
    protected override IReadOnlyDictionary<string, string> Environment =>
        new Dictionary<string, string> { ["DemoData__Enabled"] = "true" };

    protected override int Replicas => 2;

    protected override Task WhenStartedAsync() => Eventually.HoldsAsync(async () =>
    {
        // Latest start first: the last demo workshop, seeded last, with its 41 registrations.
        var latest = await Http.GetFromJsonAsync<JsonElement>("/api/v1/workshops/staff/workshops?pageSize=1");
        return latest.GetProperty("total").GetInt64() == 13 && latest.GetProperty("items")[0].GetProperty("confirmedCount").GetInt32() == 41;
    }, "the demo workshops are seeded", timeoutSeconds: 180);
}
