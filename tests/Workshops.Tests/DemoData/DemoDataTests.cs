using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Workshops.Tests.DemoData;

public sealed class DemoDataTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public async Task Demo_data_holds_the_rex_workshop_of_28_october_2025_once_with_its_speakers_and_registrations()
    {
        var page = await demo.Http.GetFromJsonAsync<JsonElement>(
            "/api/v1/workshops/past?format=rex&from=2025-10-28T00:00:00Z&to=2025-10-28T23:59:59Z");

        var rex = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("held", rex.GetProperty("status").GetString());
        Assert.Contains("circular-economy", rex.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["ASI", "Modixia", "Wavestone"], rex.GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("organisation").GetString()));
        Assert.Equal(14, rex.GetProperty("startsAtParis").GetDateTimeOffset().Hour);
        Assert.True(rex.GetProperty("attendedCount").GetInt32() > 90);
        Assert.NotNull(rex.GetProperty("replayUrl").GetString());
    }

    [Fact]
    public async Task Demo_data_lists_the_partners_once_each_although_two_replicas_seeded()
    {
        var partners = await demo.Http.GetFromJsonAsync<JsonElement>("/api/v1/workshops/partners?pageSize=100");

        var names = partners.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("Alliance Green IT", names);
        Assert.Contains("The Shift Project", names);
        Assert.Equal(names.Count, names.Distinct().Count());
        var staff = await demo.Http.GetFromJsonAsync<JsonElement>("/api/v1/workshops/staff/workshops?pageSize=1");
        Assert.Equal(13, staff.GetProperty("total").GetInt64());
    }
}
