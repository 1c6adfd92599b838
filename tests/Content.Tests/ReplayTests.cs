using System.Net.Http.Json;
using PlanetTechCare.Content.Tests.Support;
using PlanetTechCare.Contracts;

namespace PlanetTechCare.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class ReplayTests(ContentFixture fixture)
{
    private readonly ContentDriver _content = new(fixture);

    public static ReplayPublished Replay(Guid workshopId, string word) => new(
        workshopId,
        new LocalizedText("Baromètre Green IT " + word, "Green IT barometer " + word),
        new LocalizedText("Les résultats commentés.", "The results explained."),
        new Uri($"https://replays.example.org/{word}"),
        ["fr"],
        ["green-it-barometer", "impact-measurement"],
        [new WorkshopPartner(Guid.NewGuid(), "Alliance Green IT"), new WorkshopPartner(Guid.NewGuid(), "Boavizta")],
        [new WorkshopSpeaker("Alex Martin", "Alliance Green IT", "Présidente"), new WorkshopSpeaker("Sam <b>Durand</b>", null, null)],
        DateTimeOffset.UtcNow.AddDays(-1));

    private async Task<StaffItemDto[]> ReplaysOfAsync(Guid workshopId) =>
        (await _content.Http.GetFromJsonAsync<PageDto<StaffItemDto>>($"{ContentDriver.Staff}?workshopId={workshopId}"))!.Items;

    [Fact]
    public async Task A_published_replay_becomes_a_draft_replay_item_with_the_workshops_details()
    {
        var workshopId = Guid.NewGuid();
        var word = ContentDriver.UniqueWord();
        var replay = Replay(workshopId, word);

        await fixture.Bus.Publish(replay);
        await Eventually.HoldsAsync(async () => (await ReplaysOfAsync(workshopId)).Length == 1, "the replay item is created", 30);

        var item = (await ReplaysOfAsync(workshopId)).Single();
        Assert.Equal(("replay", "draft", "workshops"), (item.Type, item.Status, item.CreatedBy));
        Assert.Equal(["green-it-barometer", "impact-measurement"], item.Themes);
        Assert.Equal(replay.ReplayUrl.ToString(), item.ExternalUrl);
        Assert.Equal(["Alliance Green IT", "Boavizta"], item.Partners.Select(p => p.Name));
        Assert.Equal(replay.Partners[0].PartnerId, item.PartnerId);
        Assert.Equal(["Alex Martin", "Sam <b>Durand</b>"], item.Speakers.Select(s => s.Name));
        Assert.Equal(("Baromètre Green IT " + word, "Les résultats commentés.", "barometre-green-it-" + word),
            (item.Version("fr").Title, item.Version("fr").Summary, item.Version("fr").Slug));
        Assert.Equal("Green IT barometer " + word, item.Version("en").Title);
        Assert.Contains(replay.ReplayUrl.ToString(), item.Version("en").BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", item.Version("fr").BodyHtml, StringComparison.Ordinal);
        Assert.Empty(_content.Events.Of<ContentPublished>(e => e.ItemId == item.Id));
    }

    [Fact]
    public async Task The_same_replay_sent_again_or_with_a_new_event_id_leaves_one_item()
    {
        var workshopId = Guid.NewGuid();
        var replay = Replay(workshopId, ContentDriver.UniqueWord());

        await fixture.Bus.Publish(replay);
        await Eventually.HoldsAsync(async () => (await ReplaysOfAsync(workshopId)).Length == 1, "the replay item is created", 30);
        await fixture.Bus.Publish(replay);
        await fixture.Bus.Publish(replay with { EventId = Guid.NewGuid() });
        await fixture.Bus.Publish(replay with { EventId = Guid.NewGuid(), Title = new LocalizedText("Autre titre", null) });
        await Task.Delay(3000);

        var item = Assert.Single(await ReplaysOfAsync(workshopId));
        Assert.Equal(replay.Title.Fr, item.Version("fr").Title);
    }

    [Fact]
    public async Task Staff_publish_a_reviewed_replay_like_any_item()
    {
        var workshopId = Guid.NewGuid();
        await fixture.Bus.Publish(Replay(workshopId, ContentDriver.UniqueWord()));
        await Eventually.HoldsAsync(async () => (await ReplaysOfAsync(workshopId)).Length == 1, "the replay item is created", 30);
        var item = (await ReplaysOfAsync(workshopId)).Single();

        (await _content.StepAsync(item.Id, "submit", "Camille")).EnsureSuccessStatusCode();
        (await _content.StepAsync(item.Id, "publish", "Camille")).EnsureSuccessStatusCode();

        var published = Assert.Single(await _content.Events.WaitForAsync<ContentPublished>(e => e.ItemId == item.Id));
        Assert.Equal(("replay", workshopId), (published.Type, published.WorkshopId));
        Assert.Equal(["fr", "en"], published.Languages);
        var english = await _content.PublicItemAsync(item.Id, acceptLanguage: "en");
        Assert.Equal(("en", false), (english.Language, english.Fallback));
    }

    [Fact]
    public async Task Events_for_the_same_workshop_arriving_together_give_one_item()
    {
        var workshopId = Guid.NewGuid();
        var replay = Replay(workshopId, ContentDriver.UniqueWord());

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.Bus.Publish(replay with { EventId = Guid.NewGuid() })));
        await Eventually.HoldsAsync(async () => (await ReplaysOfAsync(workshopId)).Length == 1, "the replay item is created", 30);
        await Task.Delay(3000);

        Assert.Single(await ReplaysOfAsync(workshopId));
    }
}
