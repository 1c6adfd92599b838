using System.Net;
using System.Net.Http.Json;
using PlanetTechCare.Contracts;
using PlanetTechCare.Directory.Tests.Support;

namespace PlanetTechCare.Directory.Tests;

[Collection(DirectoryCollection.Name)]
public sealed class ModerationTests(DirectoryFixture fixture)
{
    private readonly DirectoryDriver _directory = new(fixture);

    [Fact]
    public async Task Draft_listing_waits_in_the_moderation_queue()
    {
        var id = Guid.NewGuid();
        await _directory.PublishAsync(new SignatoryApproved(id, DirectoryDriver.Provider("Queue " + DirectoryDriver.UniqueWord()), 1));
        await _directory.WaitForAsync(id, l => l.Status == "Draft", "the approval creates a draft");

        var queue = await _directory.Http.GetFromJsonAsync<QueueDto>("/api/v1/directory/staff/listings/queue?pageSize=100");

        Assert.Contains(queue!.Items, item => item.Listing.Id == id);
    }

    [Fact]
    public async Task Unpublished_listing_leaves_search_and_keeps_the_reason()
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Retrait " + word, DirectoryDriver.Details());

        var response = await _directory.Http.PostAsJsonAsync($"/api/v1/directory/staff/listings/{id}/unpublish", new { reason = "Outdated references" });

        response.EnsureSuccessStatusCode();
        Assert.Equal(0, (await _directory.SearchAsync($"q={word}")).Total);
        var listing = await _directory.StaffGetAsync(id);
        Assert.Equal(("Unpublished", "Outdated references"), (listing!.Status, listing.UnpublishReason));
    }

    [Fact]
    public async Task Staff_edit_replaces_the_details_and_is_searchable()
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Edition " + DirectoryDriver.UniqueWord(), DirectoryDriver.Details());

        var response = await _directory.Http.PutAsJsonAsync($"/api/v1/directory/staff/listings/{id}",
            DirectoryDriver.Details(["impact-measurement"], ["remote"], ["en"], descriptionEn: $"Life-cycle analysis by {word}."));

        response.EnsureSuccessStatusCode();
        var found = await _directory.SearchAsync($"q={word}&expertise=impact-measurement&region=remote");
        Assert.Equal(id, Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task Listing_of_a_withdrawn_signatory_cannot_be_published()
    {
        var id = Guid.NewGuid();
        await _directory.PublishAsync(new SignatoryWithdrawn(id, "Gone " + DirectoryDriver.UniqueWord(), null, 1));
        await _directory.WaitForAsync(id, l => l.Standing == "Withdrawn", "the withdrawal is applied");

        var response = await _directory.Http.PostAsync($"/api/v1/directory/staff/listings/{id}/publish", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Draft", (await _directory.StaffGetAsync(id))!.Status);
    }
}
