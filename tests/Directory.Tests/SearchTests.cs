using PlanetTechCare.Directory.Tests.Support;

namespace PlanetTechCare.Directory.Tests;

[Collection(DirectoryCollection.Name)]
public sealed class SearchTests(DirectoryFixture fixture)
{
    private readonly DirectoryDriver _directory = new(fixture);

    [Fact]
    public async Task Search_without_accents_finds_accented_text()
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Atelier " + word,
            DirectoryDriver.Details(descriptionFr: $"Spécialiste de l'éco-conception et des référentiels {word}."));

        var plain = await _directory.SearchAsync($"q=eco-conception {word}");
        var accented = await _directory.SearchAsync($"q=%C3%A9co-conception {word}");

        Assert.Equal(id, Assert.Single(plain.Items).Id);
        Assert.Equal(id, Assert.Single(accented.Items).Id);
        Assert.False(plain.Approximate);
    }

    [Fact]
    public async Task Search_tolerates_a_small_typo_in_a_name()
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Numérique " + word, DirectoryDriver.Details());
        var typo = word[..5] + (word[5] == 'z' ? 'y' : 'z') + word[6..];

        var results = await _directory.SearchAsync($"q={typo}");

        Assert.Contains(results.Items, item => item.Id == id);
        Assert.True(results.Approximate);
    }

    [Fact]
    public async Task Exact_name_ranks_above_a_mention_in_a_description()
    {
        var word = DirectoryDriver.UniqueWord();
        var mention = await _directory.PublishedListingAsync("Conseil " + DirectoryDriver.UniqueWord(),
            DirectoryDriver.Details(descriptionEn: $"We partner with {word} on audits."));
        var named = await _directory.PublishedListingAsync(word + " Conseil", DirectoryDriver.Details());

        var results = await _directory.SearchAsync($"q={word}");

        Assert.Equal([named, mention], results.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Facets_count_the_matching_listings_per_value()
    {
        var word = DirectoryDriver.UniqueWord();
        await _directory.PublishedListingAsync("A " + word, DirectoryDriver.Details(["eco-design", "training"], ["bretagne"], ["fr"], "micro"));
        await _directory.PublishedListingAsync("B " + word, DirectoryDriver.Details(["eco-design"], ["occitanie"], ["fr", "en"], "micro"));
        await _directory.PublishedListingAsync("C " + word, DirectoryDriver.Details(["accessibility"], ["bretagne"], ["en"], "mid-size"));

        var results = await _directory.SearchAsync($"q={word}&pageSize=1");

        Assert.Equal(3, results.Total);
        Assert.Single(results.Items);
        Assert.Equal([("eco-design", 2L), ("accessibility", 1L), ("training", 1L)], results.Facets.Expertise.Select(f => (f.Value, f.Count)));
        Assert.Equal([("bretagne", 2L), ("occitanie", 1L)], results.Facets.Region.Select(f => (f.Value, f.Count)));
        Assert.Equal([("en", 2L), ("fr", 2L)], results.Facets.Language.Select(f => (f.Value, f.Count)));
        Assert.Equal([("micro", 2L), ("mid-size", 1L)], results.Facets.Size.Select(f => (f.Value, f.Count)));
    }

    [Fact]
    public async Task Facet_filters_narrow_the_results()
    {
        var word = DirectoryDriver.UniqueWord();
        var hosting = await _directory.PublishedListingAsync("H " + word, DirectoryDriver.Details(["sustainable-hosting"], ["grand-est"], ["de"]));
        await _directory.PublishedListingAsync("T " + word, DirectoryDriver.Details(["training"], ["grand-est"], ["fr"]));

        var results = await _directory.SearchAsync($"q={word}&expertise=sustainable-hosting&region=grand-est&language=de&size=sme");

        Assert.Equal(hosting, Assert.Single(results.Items).Id);
    }

    [Fact]
    public async Task A_region_filter_also_finds_providers_serving_all_of_France()
    {
        var word = DirectoryDriver.UniqueWord();
        var breton = await _directory.PublishedListingAsync("B " + word, DirectoryDriver.Details(regions: ["bretagne"]));
        var nationwide = await _directory.PublishedListingAsync("F " + word, DirectoryDriver.Details(regions: ["france"]));
        await _directory.PublishedListingAsync("O " + word, DirectoryDriver.Details(regions: ["occitanie"]));

        var inBrittany = await _directory.SearchAsync($"q={word}&region=bretagne");
        var nationwideOnly = await _directory.SearchAsync($"q={word}&region=france");

        Assert.Equal(new[] { breton, nationwide }.Order(), inBrittany.Items.Select(i => i.Id).Order());
        Assert.Equal(nationwide, Assert.Single(nationwideOnly.Items).Id);
    }
}
