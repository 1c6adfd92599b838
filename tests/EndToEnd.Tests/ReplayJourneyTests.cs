using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using PlanetTechCare.EndToEnd.Tests.Support;
namespace PlanetTechCare.EndToEnd.Tests;

/// <summary>A held workshop's replay reaches the bilingual library through the broker, and partners read it through the gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReplayJourneyTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_workshop_replay_becomes_a_library_item_that_staff_publish_and_partners_read_in_english()
    {
        // Given a bilingual workshop, scheduled and held
        var gateway = platform.Staff;
        var start = DateTimeOffset.UtcNow.AddHours(-3);
        var created = await gateway.PostAsJsonAsync("/api/v1/workshops/staff/workshops", new
        {
            titleFr = "Mesurer l'empreinte du numérique", titleEn = "Measuring the digital footprint",
            summaryFr = "Méthodes et outils.", summaryEn = "Methods and tools.", format = "webinar",
            themes = new[] { "impact-measurement" }, startsAt = start, endsAt = start.AddHours(1),
            meetingUrl = "https://meet.example.org/footprint", capacity = 100,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var workshop = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await gateway.PostAsync($"/api/v1/workshops/staff/workshops/{workshop}/schedule", null)).EnsureSuccessStatusCode();
        (await gateway.PostAsJsonAsync($"/api/v1/workshops/staff/workshops/{workshop}/attendance", new { attendedRegistrationIds = Array.Empty<Guid>() }))
            .EnsureSuccessStatusCode();

        // When its replay is attached
        (await gateway.PutAsJsonAsync($"/api/v1/workshops/staff/workshops/{workshop}/replay",
            new { replayUrl = $"https://replays.example.org/{workshop:N}", languages = new[] { "fr" } })).EnsureSuccessStatusCode();

        // Then the library holds one draft replay item, which staff review and publish
        JsonElement item = default;
        await Eventually.HoldsAsync(async () =>
        {
            var list = await gateway.GetFromJsonAsync<JsonElement>($"/api/v1/content/staff/items?workshopId={workshop}");
            var items = list.GetProperty("items").EnumerateArray().ToList();
            item = items.FirstOrDefault();
            return items.Count == 1;
        }, "the replay item is in the library", 60);
        Assert.Equal(("replay", "draft"), (item.GetProperty("type").GetString(), item.GetProperty("status").GetString()));
        var id = item.GetProperty("id").GetGuid();
        (await gateway.PostAsJsonAsync($"/api/v1/content/staff/items/{id}/submit", new { by = "Camille" })).EnsureSuccessStatusCode();
        (await gateway.PostAsJsonAsync($"/api/v1/content/staff/items/{id}/publish", new { by = "Camille" })).EnsureSuccessStatusCode();

        // And a partner asking for English reads it in English, and finds it in the English feed
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/content/items/{id}");
        request.Headers.Add("Accept-Language", "en-GB, fr;q=0.5");
        using var response = await gateway.SendAsync(request);
        var english = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Measuring the digital footprint", english.GetProperty("title").GetString());
        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
        var feed = XDocument.Parse(await gateway.GetStringAsync("/api/v1/content/feed.atom?lang=en"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(feed.Root!.Elements(atom + "entry"), e => e.Element(atom + "id")!.Value == $"urn:uuid:{id}");
    }
}
