using PlanetTechCare.Directory.Tests.Support;

namespace PlanetTechCare.Directory.Tests;

[Collection(DirectoryCollection.Name)]
public sealed class SearchSpellingTests(DirectoryFixture fixture)
{
    private readonly DirectoryDriver _directory = new(fixture);

    [Fact]
    public async Task Hyphenated_and_joined_spellings_find_the_same_listings_in_the_same_order()
    {
        var word = DirectoryDriver.UniqueWord();
        var training = new[] { "training" };
        var hyphenated = await _directory.PublishedListingAsync("Conseil " + word,
            DirectoryDriver.Details(training, descriptionFr: $"Spécialiste de l'éco-conception {word}."));
        var joined = await _directory.PublishedListingAsync("Studio " + word,
            DirectoryDriver.Details(training, descriptionFr: $"Experte en écoconception, formation {word}."));
        var named = await _directory.PublishedListingAsync("Écoconception " + word, DirectoryDriver.Details(training));

        var withHyphen = await _directory.SearchAsync($"q=éco-conception {word}");
        var withoutHyphen = await _directory.SearchAsync($"q=écoconception {word}");
        var shouted = await _directory.SearchAsync($"q=ECO-CONCEPTION {word}");

        Assert.Equal(new[] { hyphenated, joined, named }.Order(), withHyphen.Items.Select(i => i.Id).Order());
        Assert.Equal(withHyphen.Items.Select(i => (i.Id, i.Relevance)), withoutHyphen.Items.Select(i => (i.Id, i.Relevance)));
        Assert.Equal(withHyphen.Items.Select(i => (i.Id, i.Relevance)), shouted.Items.Select(i => (i.Id, i.Relevance)));
        Assert.Equal(named, withHyphen.Items[0].Id);
        Assert.False(withHyphen.Approximate || withoutHyphen.Approximate);
    }

    [Fact]
    public async Task A_spaced_search_still_finds_a_hyphenated_word()
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Conseil " + word,
            DirectoryDriver.Details(["training"], descriptionFr: $"Stratégie Green-IT pour les collectivités {word}."));

        var results = await _directory.SearchAsync($"q=green it {word}");

        Assert.Equal(id, Assert.Single(results.Items).Id);
        Assert.False(results.Approximate);
    }

    [Theory]
    [InlineData("ecodesign", "Audits d'écoconception")]
    [InlineData("eco-design", "Audits d'écoconception")]
    [InlineData("Eco design", "Audits d'écoconception")]
    [InlineData("life cycle assessment", "Analyse du cycle de vie (ACV) de vos services")]
    [InlineData("LCA", "Analyse du cycle de vie (ACV) de vos services")]
    [InlineData("e-waste", "Collecte des DEEE")]
    [InlineData("refurbishment", "Reconditionnement de parcs")]
    public async Task An_english_name_of_an_expertise_finds_a_provider_who_wrote_only_in_french(string english, string french)
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Atelier " + word, DirectoryDriver.Details(["training"], descriptionFr: $"{french} {word}."));

        var results = await _directory.SearchAsync($"q={Uri.EscapeDataString(english)} {word}");

        Assert.Equal(id, Assert.Single(results.Items).Id);
        Assert.False(results.Approximate);
    }
}
