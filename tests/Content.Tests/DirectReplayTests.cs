using System.Net.Http.Json;
using PlanetTechCare.Content.Tests.Support;
using PlanetTechCare.Contracts;

namespace PlanetTechCare.Content.Tests;

[Collection(DirectReplayCollection.Name)]
public sealed class DirectReplayTests(DirectReplayFixture fixture)
{
    private readonly ContentDriver _content = new(fixture);

    [Fact]
    public async Task With_direct_publication_configured_a_replay_is_public_at_once_and_announced()
    {
        var workshopId = Guid.NewGuid();
        var word = ContentDriver.UniqueWord();

        await fixture.Bus.Publish(ReplayTests.Replay(workshopId, word));
        await Eventually.HoldsAsync(async () =>
            (await _content.Http.GetFromJsonAsync<PageDto<PublicItemDto>>($"/api/v1/content/items?q={word}"))!.Total == 1,
            "the replay is public", 30);

        var found = (await _content.SearchAsync($"q={word}&type=replay")).Items.Single();
        var published = Assert.Single(await _content.Events.WaitForAsync<ContentPublished>(e => e.ItemId == found.Id));
        Assert.Equal(("replay", workshopId, "workshops"), (published.Type, published.WorkshopId, published.PublishedBy));
        Assert.Equal(["fr", "en"], published.Languages);
        Assert.Equal(["fr", "en"], found.Translations.Where(t => t.Status == "published").Select(t => t.Language));
    }
}
