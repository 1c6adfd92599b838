using System.Net;
using System.Net.Http.Json;
using PlanetTechCare.Content.Tests.Support;
using PlanetTechCare.Contracts;
namespace PlanetTechCare.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class WorkflowTests(ContentFixture fixture)
{
    private readonly ContentDriver _content = new(fixture);

    [Fact]
    public async Task An_item_goes_from_draft_through_review_to_publication_recording_who_and_when()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var created = await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Guide " + ContentDriver.UniqueWord())));

        var submitted = await (await _content.StepAsync(created.Id, "submit", "Camille")).Content.ReadFromJsonAsync<StaffItemDto>();
        var published = await (await _content.StepAsync(created.Id, "publish", "Dominique")).Content.ReadFromJsonAsync<StaffItemDto>();

        Assert.Equal("draft", created.Status);
        Assert.Equal("draft", created.Version("fr").Status);
        Assert.Equal(("in-review", $"Camille ({TestIdentity.AllScopesClient})"), (submitted!.Status, submitted.SubmittedBy));
        Assert.Equal("in-review", submitted.Version("fr").Status);
        Assert.Equal(("published", $"Dominique ({TestIdentity.AllScopesClient})"), (published!.Status, published.PublishedBy));
        Assert.Equal("published", published.Version("fr").Status);
        Assert.InRange(published.PublishedAt!.Value, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.True(published.PublishedAt >= published.SubmittedAt);
    }

    [Fact]
    public async Task Publishing_a_draft_without_review_is_a_conflict_that_changes_nothing()
    {
        var created = await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Brouillon " + ContentDriver.UniqueWord())));

        var response = await _content.StepAsync(created.Id, "publish", "Dominique");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var item = await _content.StaffGetAsync(created.Id);
        Assert.Equal(("draft", null), (item!.Status, item.PublishedBy));
        Assert.Equal(HttpStatusCode.NotFound, (await _content.GetAsync($"/api/v1/content/items/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_archived_item_cannot_go_back_to_review_nor_be_edited()
    {
        var item = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Archive " + ContentDriver.UniqueWord())));
        (await _content.StepAsync(item.Id, "archive", "Alex")).EnsureSuccessStatusCode();

        var submit = await _content.StepAsync(item.Id, "submit", "Camille");
        var publish = await _content.StepAsync(item.Id, "publish", "Camille");
        var edit = await _content.Http.PutAsJsonAsync($"{ContentDriver.Staff}/{item.Id}/versions/en", ContentDriver.Version("Archived"));

        Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        var archived = await _content.StaffGetAsync(item.Id);
        Assert.Equal(("archived", $"Alex ({TestIdentity.AllScopesClient})"), (archived!.Status, archived.ArchivedBy));
        Assert.Single(archived.Versions);
        Assert.Equal(HttpStatusCode.NotFound, (await _content.GetAsync($"/api/v1/content/items/{item.Id}")).StatusCode);
    }

    [Fact]
    public async Task Repeating_a_step_already_taken_changes_nothing_and_announces_once()
    {
        var item = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Deux fois " + ContentDriver.UniqueWord())));

        var again = await _content.StepAsync(item.Id, "publish", "Someone else");
        var reviewAgain = await _content.StepAsync(item.Id, "submit", "Camille");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reviewAgain.StatusCode);
        Assert.Equal($"Dominique ({TestIdentity.AllScopesClient})", (await _content.StaffGetAsync(item.Id))!.PublishedBy);
        var published = await _content.Events.WaitForAsync<ContentPublished>(e => e.ItemId == item.Id);
        await Task.Delay(1000);
        Assert.Single(_content.Events.Of<ContentPublished>(e => e.ItemId == item.Id));
        Assert.Equal($"Dominique ({TestIdentity.AllScopesClient})", published[0].PublishedBy);
        Assert.Equal(["fr"], published[0].Languages);
    }

    [Fact]
    public async Task A_translation_added_after_publication_is_public_once_published_on_its_own()
    {
        var word = ContentDriver.UniqueWord();
        var item = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Mesurer " + word)));
        (await _content.Http.PutAsJsonAsync($"{ContentDriver.Staff}/{item.Id}/versions/en", ContentDriver.Version("Measuring " + word, by: "Sam")))
            .EnsureSuccessStatusCode();

        var whileDraft = await _content.PublicItemAsync(item.Id, "?lang=en");
        var published = await _content.StepAsync(item.Id, "versions/en/publish", "Sam");
        var afterwards = await _content.PublicItemAsync(item.Id, "?lang=en");

        Assert.Equal(("fr", true), (whileDraft.Language, whileDraft.Fallback));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(("en", false, "Measuring " + word), (afterwards.Language, afterwards.Fallback, afterwards.Title));
        var translation = Assert.Single(await _content.Events.WaitForAsync<TranslationPublished>(e => e.ItemId == item.Id));
        Assert.Equal(("en", $"Sam ({TestIdentity.AllScopesClient})", "measuring-" + word), (translation.Language, translation.PublishedBy, translation.Slug));
    }

    [Fact]
    public async Task A_translation_of_an_unpublished_item_cannot_be_published_on_its_own()
    {
        var item = await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Seul " + ContentDriver.UniqueWord()), ContentDriver.Version("Alone")));

        var response = await _content.StepAsync(item.Id, "versions/en/publish", "Sam");
        var missing = await _content.StepAsync(item.Id, "versions/xx/publish", "Sam");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await ProblemAssert.NamesFieldAsync(missing, "lang");
        Assert.Equal("draft", (await _content.StaffGetAsync(item.Id))!.Version("en").Status);
    }

    [Fact]
    public async Task Editing_a_published_version_announces_the_update_and_archiving_announces_the_withdrawal()
    {
        var word = ContentDriver.UniqueWord();
        var item = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Rapport " + word)));

        (await _content.Http.PutAsJsonAsync($"{ContentDriver.Staff}/{item.Id}/versions/fr",
            ContentDriver.Version("Rapport révisé " + word, by: "Lou"))).EnsureSuccessStatusCode();
        (await _content.StepAsync(item.Id, "archive", "Alex")).EnsureSuccessStatusCode();

        var updated = Assert.Single(await _content.Events.WaitForAsync<ContentUpdated>(e => e.ItemId == item.Id));
        var archived = Assert.Single(await _content.Events.WaitForAsync<ContentArchived>(e => e.ItemId == item.Id));
        Assert.Equal(("fr", $"Lou ({TestIdentity.AllScopesClient})", "Rapport révisé " + word), (updated.Language, updated.UpdatedBy, updated.Title.Fr));
        Assert.Equal("rapport-" + word, updated.Slug.Fr);
        Assert.Equal(($"Alex ({TestIdentity.AllScopesClient})", true), (archived.ArchivedBy, archived.WasPublished));
    }

    [Fact]
    public async Task Staff_list_filters_by_status()
    {
        var draft = await _content.CreateAsync(ContentDriver.Item(ContentDriver.Version("Liste " + ContentDriver.UniqueWord()), type: "tool"));
        var published = await _content.PublishedAsync(ContentDriver.Item(ContentDriver.Version("Liste " + ContentDriver.UniqueWord()), type: "tool"));

        var drafts = await _content.Http.GetFromJsonAsync<PageDto<StaffItemDto>>($"{ContentDriver.Staff}?status=draft&type=tool&pageSize=100");
        var public_ = await _content.Http.GetFromJsonAsync<PageDto<StaffItemDto>>($"{ContentDriver.Staff}?status=published&type=tool&pageSize=100");

        Assert.Contains(drafts!.Items, i => i.Id == draft.Id);
        Assert.DoesNotContain(drafts.Items, i => i.Id == published.Id);
        Assert.Contains(public_!.Items, i => i.Id == published.Id);
        Assert.All(drafts.Items, i => Assert.Equal("draft", i.Status));
    }
}
