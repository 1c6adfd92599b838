using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PlanetTechCare.EndToEnd.Tests.Support;

namespace PlanetTechCare.EndToEnd.Tests;

/// <summary>
/// A fresh start with the demo data, seen through the gateway: what the services seed flows through
/// their events like real use, into the library, the directory and the partners' event feeds.
/// </summary>
[Collection(DemoPlatformCollection.Name)]
public sealed class DemoDataTests(DemoPlatformFixture platform)
{
    private const string EventTypePrefix = "org.planet-techcare.";
    private static readonly string[] RegistrationEvents = ["registration.confirmed", "registration.waitlisted"];

    /// <summary>The French titles of the demo's library items other than replays.</summary>
    private static readonly string[] DemoLibraryItems =
    [
        "Guide de l'éco-conception de services numériques",
        "Baromètre Green IT 2026 : les pratiques numériques responsables des organisations",
        "Réemploi et DEEE : donner une seconde vie au parc informatique",
    ];

    [Fact]
    public async Task The_library_lists_a_replay_item_for_each_held_demo_workshop()
    {
        var held = (await WorkshopsAsync()).Where(w => w.GetProperty("workshop").GetProperty("status").GetString() == "held").ToList();
        Assert.NotEmpty(held);

        JsonElement replays = default;
        await Eventually.HoldsAsync(async () =>
        {
            replays = await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/content/items?type=replay&pageSize=100");
            return replays.GetProperty("total").GetInt64() == held.Count;
        }, $"the library lists {held.Count} replay items", timeoutSeconds: 180);
        var titles = replays.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Contains("REX : économie circulaire et DEEE", titles);
    }

    [Fact]
    public async Task A_hosting_partners_app_reads_the_registrations_of_its_demo_workshops_and_of_no_other()
    {
        var partners = await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/workshops/partners?pageSize=100");
        var partnerId = partners.GetProperty("items").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "Alliance Green IT").GetProperty("id").GetGuid();
        var hosted = (await WorkshopsAsync())
            .Where(w => w.GetProperty("workshop").GetProperty("partners").EnumerateArray().Any(p => p.GetProperty("partnerId").GetGuid() == partnerId))
            .Select(w => w.GetProperty("id").GetGuid()).ToHashSet();
        using var app = await AppAsync(partnerId);

        var seen = new List<JsonElement>();
        await Eventually.HoldsAsync(async () =>
        {
            seen = [.. (await FeedAsync(app)).Where(e => RegistrationEvents.Any(type => Is(e, type)))];
            return hosted.All(id => seen.Any(e => e.GetProperty("data").GetProperty("workshopId").GetGuid() == id));
        }, "the partner's feed has registrations of each workshop it hosts", timeoutSeconds: 180);
        Assert.All(seen, e => Assert.Contains(e.GetProperty("data").GetProperty("workshopId").GetGuid(), hosted));
        Assert.Contains(seen, e => e.GetProperty("data").GetProperty("attendeeName").GetString() == "Participant 1");
    }

    [Fact]
    public async Task An_app_reading_the_feed_from_the_start_sees_the_demo_workshops_scheduled_and_held_their_replays_and_the_library_items()
    {
        var workshops = await WorkshopsAsync();
        var all = workshops.Select(w => w.GetProperty("id").GetGuid()).ToHashSet();
        var held = workshops.Where(w => w.GetProperty("workshop").GetProperty("status").GetString() == "held")
            .Select(w => w.GetProperty("id").GetGuid()).ToHashSet();
        Assert.NotEmpty(held);
        using var app = await AppAsync(partnerId: null);

        var feed = new List<JsonElement>();
        await Eventually.HoldsAsync(async () =>
        {
            feed = await FeedAsync(app);
            return all.All(id => AboutWorkshop(feed, "workshop.scheduled", id))
                && held.All(id => AboutWorkshop(feed, "workshop.held", id) && AboutWorkshop(feed, "replay.published", id))
                && feed.Count(e => Is(e, "content.published")) >= held.Count + DemoLibraryItems.Length;
        }, "the feed holds the demo workshops' scheduling and holding, their replays and the library items", timeoutSeconds: 240);

        Assert.All(all, id => Assert.True(AboutWorkshop(feed, "workshop.scheduled", id), $"workshop {id} has no workshop.scheduled event"));
        Assert.All(held, id => Assert.True(AboutWorkshop(feed, "workshop.held", id), $"held workshop {id} has no workshop.held event"));
        Assert.All(held, id => Assert.True(AboutWorkshop(feed, "replay.published", id), $"held workshop {id} has no replay.published event"));
        var published = feed.Where(e => Is(e, "content.published")).Select(e => e.GetProperty("data")).ToList();
        Assert.All(held, id => Assert.Contains(published, item => item.GetProperty("type").GetString() == "replay"
            && item.GetProperty("workshopId").ValueKind == JsonValueKind.String && item.GetProperty("workshopId").GetGuid() == id));
        var libraryTitles = published.Where(item => item.GetProperty("type").GetString() != "replay")
            .Select(item => item.GetProperty("title").GetProperty("fr").GetString()).ToList();
        Assert.All(DemoLibraryItems, title => Assert.Contains(title, libraryTitles));
        var held1 = feed.First(e => Is(e, "workshop.held"));
        Assert.Equal("https://planet-techcare.example/workshops", held1.GetProperty("source").GetString());
        Assert.True(held1.GetProperty("data").GetProperty("attendedCount").GetInt32() > 0);
    }

    [Fact]
    public async Task The_demo_providers_are_listed_once_moderated_and_some_wait_for_staff()
    {
        await Eventually.HoldsAsync(async () =>
        {
            var listed = await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/directory/listings?pageSize=1");
            var queue = await platform.Staff.GetFromJsonAsync<JsonElement>("/api/v1/directory/staff/listings/queue?pageSize=100");
            return listed.GetProperty("total").GetInt64() > 100
                && queue.GetProperty("items").EnumerateArray().Any(l => l.GetProperty("listing").GetProperty("expertiseAreas").GetArrayLength() > 0);
        }, "most demo providers are published, the others in the moderation queue with their details", timeoutSeconds: 180);
        var listing = (await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/directory/listings?pageSize=1")).GetProperty("items")[0];
        Assert.NotEmpty(listing.GetProperty("expertiseAreas").EnumerateArray());
    }

    [Fact]
    public async Task The_demo_workshop_summaries_end_a_sentence_once()
    {
        var summaries = (await WorkshopsAsync())
            .Select(w => w.GetProperty("workshop").GetProperty("summary"))
            .SelectMany(s => new[] { s.GetProperty("fr").GetString(), s.GetProperty("en").GetString() })
            .ToList();

        Assert.Contains("Atelier mensuel Planet Tech'Care : DEEE : où en est-on ?", summaries);
        Assert.Contains("Planet Tech'Care monthly workshop: E-waste: where do we stand?", summaries);
        Assert.Contains("Atelier mensuel Planet Tech'Care : Baromètre Green IT 2026.", summaries);
        Assert.All(summaries, s => Assert.DoesNotMatch(new Regex(@"[?!.…]\.$"), s!));
    }

    [Fact]
    public async Task The_demo_providers_show_the_size_band_their_signatory_gave()
    {
        string[] bands = ["micro", "sme", "mid-size", "large"];
        JsonElement listings = default;
        await Eventually.HoldsAsync(async () =>
        {
            listings = await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/directory/listings?pageSize=100");
            return listings.GetProperty("total").GetInt64() > 100;
        }, "most demo providers are published", timeoutSeconds: 180);

        var sizes = listings.GetProperty("facets").GetProperty("size").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt64());
        Assert.All(listings.GetProperty("items").EnumerateArray(), l => Assert.Contains(l.GetProperty("companySize").GetString(), bands));
        Assert.Subset(bands.ToHashSet(), sizes.Keys.ToHashSet());
        Assert.Equal(listings.GetProperty("total").GetInt64(), sizes.Values.Sum());
    }

    [Fact]
    public async Task The_atom_feeds_type_scheme_answers_through_the_gateway()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        XElement? category = null;
        await Eventually.HoldsAsync(async () =>
        {
            var feed = XDocument.Parse(await platform.Gateway.GetStringAsync("/api/v1/content/feed.atom"));
            category = feed.Root!.Elements(atom + "entry").SelectMany(e => e.Elements(atom + "category")).FirstOrDefault(c => c.Attribute("scheme") is not null);
            return category is not null;
        }, "the feed lists the demo items", timeoutSeconds: 180);
        var scheme = new Uri(category!.Attribute("scheme")!.Value);

        using var response = await platform.Gateway.GetAsync(scheme);
        var types = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(platform.Gateway.BaseAddress!.Authority, scheme.Authority);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("value").GetString() == category.Attribute("term")!.Value
            && !string.IsNullOrEmpty(t.GetProperty("label").GetProperty("fr").GetString())
            && !string.IsNullOrEmpty(t.GetProperty("label").GetProperty("en").GetString()));
    }

    private async Task<List<JsonElement>> WorkshopsAsync()
    {
        await Eventually.HoldsAsync(async () =>
            (await platform.Staff.GetFromJsonAsync<JsonElement>("/api/v1/workshops/staff/workshops?pageSize=1")).GetProperty("total").GetInt64() == 13,
            "the 13 demo workshops are there", timeoutSeconds: 180);
        var page = await platform.Staff.GetFromJsonAsync<JsonElement>("/api/v1/workshops/staff/workshops?pageSize=100");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    /// <summary>An app registered by staff (for a partner when <paramref name="partnerId"/> is given), calling with its own token.</summary>
    private async Task<HttpClient> AppAsync(Guid? partnerId)
    {
        using var created = await platform.Staff.PostAsJsonAsync("/api/v1/identity/clients", new
        {
            displayName = "Alliance Green IT events", organisationName = "Alliance Green IT", scopes = new[] { "webhooks.manage" }, partnerId,
        });
        var issued = await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        using var tokens = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = issued.GetProperty("clientId").GetString()!,
            ["client_secret"] = issued.GetProperty("clientSecret").GetString()!,
            ["scope"] = "webhooks.manage",
        }));
        var token = (await tokens.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var app = platform.App.CreateHttpClient("gateway");
        app.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return app;
    }

    private static bool Is(JsonElement cloudEvent, string eventType) => cloudEvent.GetProperty("type").GetString() == EventTypePrefix + eventType;

    private static bool AboutWorkshop(List<JsonElement> feed, string eventType, Guid workshopId) =>
        feed.Any(e => Is(e, eventType) && e.GetProperty("data").GetProperty("workshopId").GetGuid() == workshopId);

    /// <summary>Every event the app may read in the feed, from the start.</summary>
    private static async Task<List<JsonElement>> FeedAsync(HttpClient app)
    {
        var found = new List<JsonElement>();
        long after = 0;
        while (true)
        {
            var page = await app.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/events?after={after}&limit=500");
            var events = page.GetProperty("events").EnumerateArray().ToList();
            found.AddRange(events);
            if (events.Count == 0)
            {
                return found;
            }

            after = page.GetProperty("next").GetInt64();
        }
    }
}
