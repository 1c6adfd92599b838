using PlanetTechCare.Directory.Tests.Support;

namespace PlanetTechCare.Directory.Tests;

[Collection(DirectoryCollection.Name)]
public sealed class SearchCorrectionTests(DirectoryFixture fixture)
{
    private readonly DirectoryDriver _directory = new(fixture);

    [Theory]
    [InlineData("ecoconceptoin", "eco-design")]
    [InlineData("accesibilite", "accessibility")]
    public async Task A_misspelt_word_finds_the_listings_and_says_the_search_was_approximate(string misspelt, string expertise)
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Atelier " + word, DirectoryDriver.Details([expertise]));

        var results = await _directory.SearchAsync($"q={misspelt} {word}");

        Assert.Equal(id, Assert.Single(results.Items).Id);
        Assert.True(results.Approximate);
    }

    [Fact]
    public async Task A_word_of_a_new_listing_becomes_correctable()
    {
        var word = DirectoryDriver.UniqueWord();
        var misspelt = word[..5] + word[6..];
        var before = await _directory.SearchAsync($"q={misspelt}");

        var id = await _directory.PublishedListingAsync("Conseil " + DirectoryDriver.UniqueWord(),
            DirectoryDriver.Details(descriptionFr: $"Audits de sobriété avec la méthode {word}."));
        var after = await _directory.SearchAsync($"q={misspelt}");

        Assert.Empty(before.Items);
        Assert.Equal(id, Assert.Single(after.Items).Id);
        Assert.True(after.Approximate);
    }

    [Fact]
    public async Task A_word_added_to_a_published_listing_becomes_correctable()
    {
        var word = DirectoryDriver.UniqueWord();
        var misspelt = word[..5] + word[6..];
        var id = await _directory.PublishedListingAsync("Conseil " + DirectoryDriver.UniqueWord(), DirectoryDriver.Details());

        await _directory.EditAsync(id, DirectoryDriver.Details(descriptionEn: $"Frugal design with the {word} method."));
        var results = await _directory.SearchAsync($"q={misspelt}");

        Assert.Equal(id, Assert.Single(results.Items).Id);
        Assert.True(results.Approximate);
    }

    [Fact]
    public async Task An_exact_search_is_not_approximate()
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Atelier " + word, DirectoryDriver.Details(["eco-design"]));

        var results = await _directory.SearchAsync($"q=ecoconception {word}");

        Assert.Equal(id, Assert.Single(results.Items).Id);
        Assert.False(results.Approximate);
    }
}
