using PlanetTechCare.Content.Domain;
using PlanetTechCare.ServiceDefaults.Domain;

namespace PlanetTechCare.Rules.Tests;

public sealed class ContentWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_draft_goes_to_review_then_to_the_library_with_its_versions_and_a_repeated_step_changes_nothing()
    {
        var item = Draft();

        Assert.True(item.SubmitForReview("editor", Now));
        Assert.False(item.SubmitForReview("editor", Now.AddMinutes(1)));
        Assert.True(item.Publish("reviewer", Now.AddHours(1)));
        Assert.False(item.Publish("reviewer", Now.AddHours(2)));

        Assert.Equal(ItemStatus.Published, item.Status);
        Assert.Equal(Now.AddHours(1), item.PublishedAt);
        Assert.True(item.Version("fr")!.IsPublished);
    }

    [Fact]
    public void A_draft_cannot_be_published_without_review()
    {
        var item = Draft();

        var refused = Assert.Throws<InvalidTransitionException>(() => item.Publish("reviewer", Now));

        Assert.Equal("Only an item in review can be published; this item is draft.", refused.Message);
        Assert.Equal(ItemStatus.Draft, item.Status);
        Assert.False(item.Version("fr")!.IsPublished);
    }

    [Fact]
    public void An_archived_item_can_neither_be_edited_nor_submitted_again()
    {
        var item = Draft();
        Assert.True(item.Archive("editor", Now));

        Assert.Equal("An archived item cannot be edited.",
            Assert.Throws<InvalidTransitionException>(() => item.WriteVersion("en", Text("Title"), "editor", Now)).Message);
        Assert.Equal("Only a draft can be submitted for review; this item is archived.",
            Assert.Throws<InvalidTransitionException>(() => item.SubmitForReview("editor", Now)).Message);
        Assert.Null(item.Version("en"));
    }

    [Fact]
    public void A_translation_is_published_on_its_own_only_once_the_item_is_published()
    {
        var item = Draft();
        item.WriteVersion("en", Text("Sober web"), "editor", Now);
        Assert.Throws<InvalidTransitionException>(() => item.PublishTranslation("en", "reviewer", Now));

        var published = Draft();
        published.PublishDirectly("reviewer", Now);
        var later = published.WriteVersion("en", Text("Sober web"), "editor", Now.AddDays(1));
        Assert.False(later.IsPublished);
        Assert.Throws<InvalidTransitionException>(() => published.PublishTranslation("de", "reviewer", Now));

        Assert.True(published.PublishTranslation("en", "reviewer", Now.AddDays(1)));
        Assert.False(published.PublishTranslation("en", "reviewer", Now.AddDays(2)));
        Assert.True(published.Version("en")!.IsPublished);
    }

    private static ContentItem Draft()
    {
        var item = new ContentItem(Guid.NewGuid(), new ItemDetails(ItemTypes.Guide, ["sobriete"], [], null, null, null, [], []), "editor", Now);
        item.WriteVersion("fr", Text("Le web sobre"), "editor", Now);
        return item;
    }

    private static VersionText Text(string title) =>
        new(title, "Résumé", "Corps", "<p>Corps</p>", title.ToLowerInvariant().Replace(' ', '-').Replace(',', '-'));
}
