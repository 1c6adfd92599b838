using System.Net;
using System.Net.Http.Json;
using PlanetTechCare.Content.Tests.Support;

namespace PlanetTechCare.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class LanguageTests(ContentFixture fixture)
{
    private readonly ContentDriver _content = new(fixture);

    private Task<StaffItemDto> BilingualAsync(string word) => _content.PublishedAsync(ContentDriver.Item(
        ContentDriver.Version("Sobriété " + word), ContentDriver.Version("Sufficiency " + word)));

    [Theory]
    [InlineData("fr;q=0.4, en;q=0.9", "en")]
    [InlineData("en;q=0.2, fr", "fr")]
    [InlineData("de-DE, en-GB;q=0.8, fr;q=0.5", "en")]
    [InlineData("fr-CA", "fr")]
    [InlineData("en, fr;q=0", "en")]
    [InlineData("fr;q=0, en;q=0.1", "en")]
    [InlineData("de", "fr")]
    public async Task Accept_language_picks_the_preferred_language_by_quality(string acceptLanguage, string expected)
    {
        var item = await BilingualAsync(ContentDriver.UniqueWord());

        using var response = await _content.GetAsync($"/api/v1/content/items/{item.Id}", acceptLanguage);
        var body = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<PublicItemDto>();

        Assert.Equal(expected, body!.Language);
        Assert.Equal(expected, response.Content.Headers.ContentLanguage.Single());
        Assert.False(body.Fallback);
    }

    [Fact]
    public async Task The_lang_parameter_wins_over_accept_language()
    {
        var word = ContentDriver.UniqueWord();
        var item = await BilingualAsync(word);

        using var response = await _content.GetAsync($"/api/v1/content/items/{item.Id}?lang=fr", "en");
        var body = await response.Content.ReadFromJsonAsync<PublicItemDto>();

        Assert.Equal(("fr", "fr", "Sobriété " + word), (body!.Language, body.RequestedLanguage, body.Title));
        Assert.Equal("fr", response.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task A_missing_translation_falls_back_to_the_other_language_and_says_so()
    {
        var word = ContentDriver.UniqueWord();
        var item = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Seulement en français " + word)));

        using var response = await _content.GetAsync($"/api/v1/content/items/{item.Id}", "en-US,en;q=0.9");
        var body = await response.Content.ReadFromJsonAsync<PublicItemDto>();
        var list = await _content.SearchAsync($"q={word}", "en");

        Assert.Equal(("fr", "en", true), (body!.Language, body.RequestedLanguage, body.Fallback));
        Assert.Equal("fr", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal([("en", "missing", (string?)null), ("fr", "published", "seulement-en-francais-" + word)],
            body.Translations.OrderBy(t => t.Language).Select(t => (t.Language, t.Status, t.Slug)));
        var listed = Assert.Single(list.Items);
        Assert.Equal(("fr", true), (listed.Language, listed.Fallback));
    }

    [Fact]
    public async Task An_english_only_item_falls_back_to_english_for_a_french_reader()
    {
        var word = ContentDriver.UniqueWord();
        var item = await _content.PublishedAsync(ContentDriver.Item(null, ContentDriver.Version("English only " + word)));

        var body = await _content.PublicItemAsync(item.Id);

        Assert.Equal(("en", "fr", true), (body.Language, body.RequestedLanguage, body.Fallback));
    }

    [Fact]
    public async Task An_unknown_lang_is_a_bad_request()
    {
        var item = await BilingualAsync(ContentDriver.UniqueWord());

        await ProblemAssert.NamesFieldAsync(await _content.GetAsync($"/api/v1/content/items/{item.Id}?lang=de"), "lang");
        await ProblemAssert.NamesFieldAsync(await _content.GetAsync("/api/v1/content/items?lang=xx"), "lang");
        await ProblemAssert.NamesFieldAsync(await _content.GetAsync("/api/v1/content/feed.atom?lang=english"), "lang");
        await ProblemAssert.NamesFieldAsync(await _content.GetAsync("/api/v1/content/items/by-slug/es/sobriete"), "lang");
    }

    [Fact]
    public async Task An_item_is_found_by_its_slug_in_each_language()
    {
        var word = ContentDriver.UniqueWord();
        var item = await BilingualAsync(word);

        using var french = await _content.GetAsync($"/api/v1/content/items/by-slug/fr/sobriete-{word}", "en");
        using var english = await _content.GetAsync($"/api/v1/content/items/by-slug/en/sufficiency-{word}");
        using var crossed = await _content.GetAsync($"/api/v1/content/items/by-slug/en/sobriete-{word}");

        Assert.Equal((item.Id, "fr"), ((await french.Content.ReadFromJsonAsync<PublicItemDto>())!.Id, french.Content.Headers.ContentLanguage.Single()));
        Assert.Equal((item.Id, "en"), ((await english.Content.ReadFromJsonAsync<PublicItemDto>())!.Id, english.Content.Headers.ContentLanguage.Single()));
        Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
    }

    [Fact]
    public async Task A_slug_taken_in_a_language_gets_a_number_when_generated_and_a_conflict_when_asked_for()
    {
        var word = ContentDriver.UniqueWord();
        var first = await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Même titre " + word)));
        var second = await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Même titre " + word)));

        using var asked = await _content.Http.PostAsJsonAsync(ContentDriver.Staff,
            ContentDriver.Item(ContentDriver.Version("Autre titre", slug: $"meme-titre-{word}")));

        Assert.Equal($"meme-titre-{word}", first.Version("fr").Slug);
        Assert.Equal($"meme-titre-{word}-2", second.Version("fr").Slug);
        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
    }
}
