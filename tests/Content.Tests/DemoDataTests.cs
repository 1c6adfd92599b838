using System.Net.Http.Json;
using PlanetTechCare.Content.Tests.Support;

namespace PlanetTechCare.Content.Tests;

public sealed class DemoDataTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>
{
    private readonly ContentDriver _content = new(demo);

    [Fact]
    public async Task Demo_data_holds_each_demo_item_once_although_two_replicas_seeded()
    {
        var all = await _content.Http.GetFromJsonAsync<PageDto<StaffItemDto>>($"{ContentDriver.Staff}?pageSize=100");

        Assert.Equal(["article", "guide", "report"], all!.Items.Select(i => i.Type).Order());
        Assert.All(all.Items, i => Assert.Equal("published", i.Status));
    }

    [Fact]
    public async Task The_demo_green_it_barometer_is_found_without_accents_in_both_languages()
    {
        var french = await _content.SearchAsync("q=barometre green it&type=report");
        var english = await _content.SearchAsync("q=barometer&lang=en");

        Assert.StartsWith("Baromètre Green IT", Assert.Single(french.Items).Title, StringComparison.Ordinal);
        Assert.Equal(("en", false), (Assert.Single(english.Items).Language, english.Items[0].Fallback));
    }

    [Fact]
    public async Task The_french_only_demo_article_falls_back_for_english_readers()
    {
        var article = Assert.Single((await _content.SearchAsync("type=article", "en")).Items);

        Assert.Equal(("fr", "en", true), (article.Language, article.RequestedLanguage, article.Fallback));
    }
}
