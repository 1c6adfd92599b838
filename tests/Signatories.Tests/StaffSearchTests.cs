using System.Net;
using PlanetTechCare.Signatories.Tests.Support;

namespace PlanetTechCare.Signatories.Tests;

[Collection(SignatoriesCollection.Name)]
public sealed class StaffSearchTests(SignatoriesFixture service)
{
    [Fact]
    public async Task Staff_find_suspended_signatories_by_name_with_their_reason()
    {
        var name = Applications.UniqueName("Sobriété Suspendue");
        var suspended = await service.Http.ApprovedAsync(Applications.Valid(name: name));
        await service.Http.ActAsync(suspended, "suspend", "Commitment not kept.");
        await service.Http.ApprovedAsync(Applications.Valid(name: name + " bis"));

        var response = await service.Http.GetAsync($"/api/v1/signatories/staff/search?status=suspended&q={Uri.EscapeDataString(name.ToUpperInvariant())}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.JsonAsync();
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(suspended, item.GetProperty("id").GetGuid());
        Assert.Equal("Suspended", item.GetProperty("status").GetString());
        Assert.Equal("Commitment not kept.", item.GetProperty("reason").GetString());
        Assert.Equal(1, page.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task An_unknown_status_is_a_400_naming_the_field()
    {
        var response = await service.Http.GetAsync("/api/v1/signatories/staff/search?status=asleep");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("suspended", errors.GetProperty("status")[0].GetString(), StringComparison.Ordinal);
    }
}
