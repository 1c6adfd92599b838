using System.Net.Http.Json;
using PlanetTechCare.Content.Tests.Support;

namespace PlanetTechCare.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class FiguresTests(ContentFixture fixture)
{
    private readonly ContentDriver _content = new(fixture);

    private Task<FiguresDto?> FiguresAsync() => _content.Http.GetFromJsonAsync<FiguresDto>("/api/v1/content/figures");

    [Fact]
    public async Task Coverage_is_the_share_of_published_items_with_a_published_english_version()
    {
        var theme = ContentDriver.UniqueWord();
        var before = (await FiguresAsync())!;

        await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Un " + theme), ContentDriver.Version("One " + theme), type: "talk", themes: [theme]));
        await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Deux " + theme), type: "talk", themes: [theme, theme + "-x"]));
        await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Trois " + theme), type: "talk", themes: [theme]));
        var withDraftEnglish = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Quatre " + theme), type: "talk", themes: [theme]));
        await _content.Http.PutAsJsonAsync($"{ContentDriver.Staff}/{withDraftEnglish.Id}/versions/en", ContentDriver.Version("Four " + theme));
        await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Brouillon " + theme), ContentDriver.Version("Draft " + theme), themes: [theme]));
        var after = (await FiguresAsync())!;

        var byTheme = after.ByTheme.Single(c => c.Key == theme);
        Assert.Equal((4L, 1L, 0.25), (byTheme.Published, byTheme.WithEnglish, byTheme.Share));
        Assert.Equal((1L, 0L, 0.0), Tuple(after.ByTheme.Single(c => c.Key == theme + "-x")));
        Assert.Equal(before.Overall.Published + 4, after.Overall.Published);
        Assert.Equal(before.Overall.WithEnglish + 1, after.Overall.WithEnglish);
        var talksBefore = before.ByType.Single(c => c.Key == "talk");
        var talksAfter = after.ByType.Single(c => c.Key == "talk");
        Assert.Equal((talksBefore.Published + 4, talksBefore.WithEnglish + 1), (talksAfter.Published, talksAfter.WithEnglish));
        Assert.Equal(["replay", "guide", "article", "report", "talk", "tool"], after.ByType.Select(c => c.Key));
    }

    [Fact]
    public async Task Themes_and_tags_are_counted_over_published_items()
    {
        var word = ContentDriver.UniqueWord();
        await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("A " + word), themes: [word], tags: [word + "-tag", "common-" + word]));
        await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("B " + word), themes: [word], tags: ["common-" + word]));
        await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("C " + word), themes: [word], tags: [word + "-tag"]));

        var themes = await _content.Http.GetFromJsonAsync<ValueCountDto[]>("/api/v1/content/themes");
        var tags = await _content.Http.GetFromJsonAsync<ValueCountDto[]>("/api/v1/content/tags");

        Assert.Equal(2, themes!.Single(t => t.Value == word).Count);
        Assert.Equal(1, tags!.Single(t => t.Value == word + "-tag").Count);
        Assert.Equal(2, tags!.Single(t => t.Value == "common-" + word).Count);
    }

    private static (long, long, double) Tuple(CoverageDto coverage) => (coverage.Published, coverage.WithEnglish, coverage.Share);
}
