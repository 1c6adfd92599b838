using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.Contracts;
using PlanetTechCare.Directory.Tests.Support;

namespace PlanetTechCare.Directory.Tests;

/// <summary>An applied event empties the cache of anonymous reads (its entries otherwise live ten minutes here).</summary>
[Collection(DirectoryCollection.Name)]
public sealed class PublicReadCacheTests(DirectoryFixture fixture)
{
    private readonly DirectoryDriver _directory = new(fixture);

    [Fact]
    public async Task A_cached_anonymous_search_forgets_a_listing_once_its_withdrawal_is_consumed()
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Atelier " + word, DirectoryDriver.Details());
        using var anonymous = fixture.App.CreateHttpClient("directory");
        var path = $"/api/v1/directory/listings?q={word}";

        using var first = await anonymous.GetAsync(path);
        using var cached = await anonymous.GetAsync(path);
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(1, (await cached.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());

        await _directory.PublishAsync(new SignatoryWithdrawn(id, "Atelier " + word, "leaving", 2));

        await Eventually.HoldsAsync(
            async () => (await anonymous.GetFromJsonAsync<JsonElement>(path)).GetProperty("total").GetInt32() == 0,
            "the withdrawal empties the cache", timeoutSeconds: 20);
    }
}
