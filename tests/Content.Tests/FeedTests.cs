using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using PlanetTechCare.Content.Tests.Support;

namespace PlanetTechCare.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class FeedTests(ContentFixture fixture)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly ContentDriver _content = new(fixture);

    [Fact]
    public async Task The_atom_feed_is_well_formed_and_lists_new_items_in_the_language_asked_for()
    {
        var word = ContentDriver.UniqueWord();
        var bilingual = await _content.PublishedAsync(ContentDriver.Item(
            ContentDriver.Version("Guide « sobriété » & co " + word), ContentDriver.Version("Sufficiency guide " + word)));
        var frenchOnly = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Note <b>interne</b> " + word)));

        using var response = await _content.GetAsync("/api/v1/content/feed.atom", "en;q=0.9, fr;q=0.5");
        var feed = XDocument.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.NotNull(feed.Root.Element(Atom + "updated"));
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        var english = entries.Single(e => e.Element(Atom + "id")!.Value == $"urn:uuid:{bilingual.Id}");
        var fallback = entries.Single(e => e.Element(Atom + "id")!.Value == $"urn:uuid:{frenchOnly.Id}");
        Assert.Equal(("Sufficiency guide " + word, "en"), (english.Element(Atom + "title")!.Value, english.Attribute(XNamespace.Xml + "lang")!.Value));
        Assert.EndsWith($"/api/v1/content/items/by-slug/en/sufficiency-guide-{word}", english.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        Assert.Equal(("Note <b>interne</b> " + word, "fr"), (fallback.Element(Atom + "title")!.Value, fallback.Attribute(XNamespace.Xml + "lang")!.Value));
        Assert.True(entries.IndexOf(fallback) < entries.IndexOf(english), "the newest item comes first");
    }

    [Fact]
    public async Task The_french_feed_carries_the_french_versions()
    {
        var word = ContentDriver.UniqueWord();
        var item = await _content.PublishedAsync(ContentDriver.Item(
            ContentDriver.Version("Guide « sobriété » & co " + word), ContentDriver.Version("Sufficiency guide " + word)));

        var feed = XDocument.Parse(await _content.Http.GetStringAsync("/api/v1/content/feed.atom?lang=fr"));

        Assert.Equal("fr", feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        var entry = feed.Root.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == $"urn:uuid:{item.Id}");
        Assert.Equal("Guide « sobriété » & co " + word, entry.Element(Atom + "title")!.Value);
        Assert.Contains("<em>", entry.Element(Atom + "content")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feeds_type_category_scheme_lists_the_item_types_in_both_languages()
    {
        var word = ContentDriver.UniqueWord();
        var item = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Rapport " + word), type: "report"));
        var feed = XDocument.Parse(await _content.Http.GetStringAsync("/api/v1/content/feed.atom?lang=fr"));
        var entry = feed.Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == $"urn:uuid:{item.Id}");
        var category = entry.Elements(Atom + "category").Single(c => c.Attribute("scheme") is not null);

        using var response = await _content.Http.GetAsync(new Uri(category.Attribute("scheme")!.Value).PathAndQuery);
        var types = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("report", category.Attribute("term")!.Value);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var report = types.EnumerateArray().Single(t => t.GetProperty("value").GetString() == "report");
        Assert.Equal(("Rapport", "Report"), (report.GetProperty("label").GetProperty("fr").GetString(), report.GetProperty("label").GetProperty("en").GetString()));
        Assert.Equal(["replay", "guide", "article", "report", "talk", "tool"], types.EnumerateArray().Select(t => t.GetProperty("value").GetString()));
    }
}
