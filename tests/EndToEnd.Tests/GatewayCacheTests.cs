using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.EndToEnd.Tests.Support;
namespace PlanetTechCare.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GatewayCacheTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_anonymous_read_repeated_is_answered_by_the_gateways_cache_and_says_so()
    {
        var path = UniqueWorkshopListPath();

        using var first = await platform.Gateway.GetAsync(path);
        using var second = await platform.Gateway.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("gateway; fwd=miss", CacheStatus(first));
        Assert.Equal("gateway; hit", CacheStatus(second));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_read_with_a_token_is_never_answered_from_the_cache()
    {
        var path = UniqueWorkshopListPath();

        using var first = await platform.Staff.GetAsync(path);
        using var second = await platform.Staff.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("gateway; fwd=bypass", CacheStatus(first));
        Assert.Equal("gateway; fwd=bypass", CacheStatus(second));
    }

    [Fact]
    public async Task A_write_through_the_gateway_shows_in_the_next_anonymous_read_at_once()
    {
        var name = $"Cache {Guid.NewGuid():N}"[..20];
        var path = $"/api/v1/signatories?q={Uri.EscapeDataString(name)}";
        Assert.Equal(0, await TotalAsync(path));
        Assert.Equal(0, await TotalAsync(path));

        using var applied = await platform.Gateway.PostAsJsonAsync(SignatoryApplications.Path, SignatoryApplications.For(name, Sirens.New()));
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var approved = await platform.Staff.PostAsJsonAsync($"/api/v1/signatories/staff/{id}/approve", new { by = "e2e" });
        approved.EnsureSuccessStatusCode();

        using var after = await platform.Gateway.GetAsync(path);
        Assert.Equal("gateway; fwd=miss", CacheStatus(after));
        Assert.Equal(1, (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt64());
    }

    private async Task<long> TotalAsync(string path) =>
        (await platform.Gateway.GetFromJsonAsync<JsonElement>(path)).GetProperty("total").GetInt64();

    /// <summary>A workshop list no test asked for before (an unknown theme would be a 404, which is not cached).</summary>
    private static string UniqueWorkshopListPath() =>
        "/api/v1/workshops?from=" + DateTime.UtcNow.AddYears(50).AddTicks(Random.Shared.NextInt64(1, TimeSpan.TicksPerDay)).ToString("O", CultureInfo.InvariantCulture);

    private static string? CacheStatus(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Cache-Status", out var values) ? values.Single() : null;
}
