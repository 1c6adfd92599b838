using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.Signatories.Tests.Support;

namespace PlanetTechCare.Signatories.Tests;

/// <summary>Anonymous reads are served from the cache until a write through the API empties it.</summary>
[Collection(SignatoriesCollection.Name)]
public sealed class PublicReadCacheTests(SignatoriesFixture service)
{
    [Fact]
    public async Task An_anonymous_read_is_cached_and_an_approval_shows_at_once_in_the_next_read()
    {
        using var anonymous = service.App.CreateHttpClient("signatories");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var path = $"/api/v1/signatories?q=cache%20{marker}";

        using var first = await anonymous.GetAsync(path);
        using var second = await anonymous.GetAsync(path);
        using var staffRead = await service.Http.GetAsync(path);

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Null(staffRead.Headers.Age);
        Assert.Equal(0, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());

        var id = await service.Http.ApprovedAsync(Applications.Valid(name: $"Cache {marker}"));

        var after = await anonymous.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(id, Assert.Single(after.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }
}
