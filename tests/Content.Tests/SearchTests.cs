using System.Net;
using PlanetTechCare.Content.Tests.Support;

namespace PlanetTechCare.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class SearchTests(ContentFixture fixture)
{
    private readonly ContentDriver _content = new(fixture);

    [Fact]
    public async Task Search_without_accents_finds_accented_text_and_the_reverse()
    {
        var word = ContentDriver.UniqueWord();
        var accented = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Guide " + word,
            body: "Les principes de l'éco-conception des services numériques.")));
        var plain = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Fiche " + word,
            body: "Les regles de la sobriete numerique.")));

        var withoutAccents = await _content.SearchAsync($"q=eco-conception {word}");
        var withAccents = await _content.SearchAsync($"q=sobriété {word}");

        Assert.Equal(accented.Id, Assert.Single(withoutAccents.Items).Id);
        Assert.Equal(plain.Id, Assert.Single(withAccents.Items).Id);
    }

    [Fact]
    public async Task Search_stems_french_and_english_words()
    {
        var word = ContentDriver.UniqueWord();
        var item = await _content.PublishedAsync(ContentDriver.Item(
            ContentDriver.Version("Réparer " + word, body: "Les équipements réparés durent plus longtemps."),
            ContentDriver.Version("Repair " + word, body: "Repaired devices last longer.")));

        Assert.Equal(item.Id, Assert.Single((await _content.SearchAsync($"q=équipement {word}")).Items).Id);
        Assert.Equal(item.Id, Assert.Single((await _content.SearchAsync($"q=device {word}")).Items).Id);
    }

    [Fact]
    public async Task Only_published_items_are_found()
    {
        var word = ContentDriver.UniqueWord();
        await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Brouillon " + word)));
        var archived = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Archivé " + word)));
        (await _content.StepAsync(archived.Id, "archive", "Alex")).EnsureSuccessStatusCode();

        Assert.Equal(0, (await _content.SearchAsync($"q={word}")).Total);
    }

    [Fact]
    public async Task Filters_narrow_the_results_by_type_theme_tag_and_language()
    {
        var word = ContentDriver.UniqueWord();
        var guide = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Guide " + word), ContentDriver.Version("Guide EN " + word),
            type: "guide", themes: ["eco-design"], tags: ["rgesn"]));
        var report = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Rapport " + word),
            type: "report", themes: ["green-it-barometer"], tags: ["barometre"]));

        Assert.Equal(report.Id, Assert.Single((await _content.SearchAsync($"q={word}&type=report")).Items).Id);
        Assert.Equal(guide.Id, Assert.Single((await _content.SearchAsync($"q={word}&theme=eco-design")).Items).Id);
        Assert.Equal(report.Id, Assert.Single((await _content.SearchAsync($"q={word}&tag=barometre")).Items).Id);
        Assert.Equal(guide.Id, Assert.Single((await _content.SearchAsync($"q={word}&language=en")).Items).Id);
        Assert.Equal(2, (await _content.SearchAsync($"q={word}&language=fr")).Total);
        Assert.Empty((await _content.SearchAsync($"q={word}&type=guide&tag=barometre")).Items);
    }

    [Fact]
    public async Task The_published_date_range_filters_and_newest_come_first()
    {
        var word = ContentDriver.UniqueWord();
        var first = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Premier " + word)));
        var second = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Second " + word)));
        var between = first.PublishedAt!.Value.AddTicks((second.PublishedAt!.Value - first.PublishedAt.Value).Ticks / 2).UtcDateTime.ToString("o");

        var all = await _content.SearchAsync($"q={word}");
        var after = await _content.SearchAsync($"q={word}&from={Uri.EscapeDataString(between)}");
        var before = await _content.SearchAsync($"q={word}&to={Uri.EscapeDataString(between)}");
        var today = await _content.SearchAsync($"q={word}&from={DateTime.UtcNow:yyyy-MM-dd}&to={DateTime.UtcNow:yyyy-MM-dd}");
        var tomorrow = await _content.SearchAsync($"q={word}&from={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}");

        Assert.Equal([second.Id, first.Id], all.Items.Select(i => i.Id));
        Assert.Equal(second.Id, Assert.Single(after.Items).Id);
        Assert.Equal(first.Id, Assert.Single(before.Items).Id);
        Assert.Equal(2, today.Total);
        Assert.Equal(0, tomorrow.Total);
    }

    [Fact]
    public async Task Results_are_paged_with_the_total()
    {
        var word = ContentDriver.UniqueWord();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version($"Page {i} {word}")))).Id);
        }

        var first = await _content.SearchAsync($"q={word}&pageSize=2");
        var third = await _content.SearchAsync($"q={word}&pageSize=2&page=3");

        Assert.Equal((5, 2, 1), (first.Total, first.Items.Length, first.Page));
        Assert.Equal([ids[4], ids[3]], first.Items.Select(i => i.Id));
        Assert.Equal(ids[0], Assert.Single(third.Items).Id);
    }

    [Fact]
    public async Task Relevance_sort_ranks_a_title_match_above_a_body_mention()
    {
        var word = ContentDriver.UniqueWord();
        var titled = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Réemploi " + word)));
        var mentioned = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Autre sujet " + ContentDriver.UniqueWord(),
            body: $"Une note en passant sur {word}.")));

        var byRelevance = await _content.SearchAsync($"q={word}&sort=relevance");
        var newest = await _content.SearchAsync($"q={word}");

        Assert.Equal([titled.Id, mentioned.Id], byRelevance.Items.Select(i => i.Id));
        Assert.Equal([mentioned.Id, titled.Id], newest.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task A_typo_finds_close_spellings_and_the_answer_says_it_is_approximate()
    {
        var word = ContentDriver.UniqueWord();
        var item = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Baromètre " + word)));
        var typo = word[..5] + (word[5] == 'z' ? 'y' : 'z') + word[6..];

        var exact = await _content.SearchAsync($"q=barometre {word}");
        var misspelt = await _content.SearchAsync($"q=baromtre {typo}");

        Assert.Equal((item.Id, false), (Assert.Single(exact.Items).Id, exact.Approximate));
        Assert.Contains(misspelt.Items, i => i.Id == item.Id);
        Assert.True(misspelt.Approximate);
        Assert.Equal(misspelt.Items.Length, misspelt.Total);
    }

    [Fact]
    public async Task A_typo_does_not_reach_unpublished_items()
    {
        var word = ContentDriver.UniqueWord();
        await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Brouillon " + word)));
        var typo = word[..5] + (word[5] == 'z' ? 'y' : 'z') + word[6..];

        var results = await _content.SearchAsync($"q={typo}");

        Assert.Equal(0, results.Total);
    }

    [Theory]
    [InlineData("\"éco conception\" -numérique OR (green & it) | !x:*")]
    [InlineData("'; DROP TABLE items; --")]
    [InlineData("le la les")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Any_search_text_is_answered_without_error(string text)
    {
        using var response = await _content.GetAsync($"/api/v1/content/items?q={Uri.EscapeDataString(text)}&sort=relevance");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
