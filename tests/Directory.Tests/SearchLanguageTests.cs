using System.Net;
using System.Net.Http.Json;
using PlanetTechCare.Directory.Tests.Support;

namespace PlanetTechCare.Directory.Tests;

[Collection(DirectoryCollection.Name)]
public sealed class SearchLanguageTests(DirectoryFixture fixture)
{
    private readonly DirectoryDriver _directory = new(fixture);

    [Fact]
    public async Task An_english_reader_gets_a_french_only_description_marked_as_a_fallback()
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Conseil " + word, DirectoryDriver.Details(descriptionFr: $"Audits d'écoconception {word}."));

        using var response = await _directory.SearchResponseAsync($"q={word}", "en-GB, en;q=0.9, fr;q=0.5");
        var results = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SearchDto>();

        var item = Assert.Single(results!.Items);
        Assert.Equal((id, "fr", "en", true), (item.Id, item.Language, item.RequestedLanguage, item.Fallback));
        Assert.Equal($"Audits d'écoconception {word}.", item.Description);
        Assert.Equal("en", Assert.Single(response.Content.Headers.ContentLanguage));
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task A_bilingual_listing_comes_in_the_language_asked_for_and_lang_wins_over_the_header()
    {
        var word = DirectoryDriver.UniqueWord();
        await _directory.PublishedListingAsync("Studio " + word,
            DirectoryDriver.Details(descriptionFr: $"Sobriété numérique {word}.", descriptionEn: $"Digital sufficiency {word}."));

        using var english = await _directory.SearchResponseAsync($"q={word}", "en");
        using var french = await _directory.SearchResponseAsync($"q={word}&lang=fr", "en");

        var inEnglish = Assert.Single((await english.Content.ReadFromJsonAsync<SearchDto>())!.Items);
        var inFrench = Assert.Single((await french.Content.ReadFromJsonAsync<SearchDto>())!.Items);
        Assert.Equal(("en", false, $"Digital sufficiency {word}."), (inEnglish.Language, inEnglish.Fallback, inEnglish.Description));
        Assert.Equal(("fr", false, $"Sobriété numérique {word}."), (inFrench.Language, inFrench.Fallback, inFrench.Description));
        Assert.Equal("fr", Assert.Single(french.Content.Headers.ContentLanguage));
    }

    [Fact]
    public async Task Without_a_language_asked_for_the_answer_is_in_french()
    {
        var word = DirectoryDriver.UniqueWord();
        await _directory.PublishedListingAsync("Atelier " + word, DirectoryDriver.Details(descriptionEn: $"Green hosting {word}."));

        using var response = await _directory.Http.GetAsync($"/api/v1/directory/listings?q={word}");
        var item = Assert.Single((await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SearchDto>())!.Items);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr", Assert.Single(response.Content.Headers.ContentLanguage));
        Assert.Equal(("en", "fr", true), (item.Language, item.RequestedLanguage, item.Fallback));
    }
}
