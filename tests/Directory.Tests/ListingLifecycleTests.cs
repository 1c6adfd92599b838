using System.Net;
using PlanetTechCare.Contracts;
using PlanetTechCare.Directory.Tests.Support;

namespace PlanetTechCare.Directory.Tests;

[Collection(DirectoryCollection.Name)]
public sealed class ListingLifecycleTests(DirectoryFixture fixture)
{
    private readonly DirectoryDriver _directory = new(fixture);

    [Fact]
    public async Task Approved_provider_gets_a_draft_listing_that_the_public_cannot_see()
    {
        var id = Guid.NewGuid();

        await _directory.PublishAsync(new SignatoryApproved(id, DirectoryDriver.Provider("Draft " + DirectoryDriver.UniqueWord(), region: "Île-de-France"), 1));

        var listing = await _directory.WaitForAsync(id, _ => true, "the approval creates the listing");
        Assert.Equal("Draft", listing.Status);
        Assert.Equal("InGoodStanding", listing.Standing);
        Assert.Equal(["ile-de-france"], listing.Listing.Regions);
        Assert.Equal(HttpStatusCode.NotFound, (await _directory.Http.GetAsync($"/api/v1/directory/listings/{id}")).StatusCode);
    }

    [Fact]
    public async Task Published_listing_is_found_by_search_and_by_id()
    {
        var word = DirectoryDriver.UniqueWord();

        var id = await _directory.PublishedListingAsync("Studio " + word, DirectoryDriver.Details());

        var results = await _directory.SearchAsync($"q={word}");
        Assert.Equal(id, Assert.Single(results.Items).Id);
        Assert.Equal(HttpStatusCode.OK, (await _directory.Http.GetAsync($"/api/v1/directory/listings/{id}")).StatusCode);
    }

    [Fact]
    public async Task Withdrawn_signatory_disappears_from_directory_search()
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Cabinet " + word, DirectoryDriver.Details());

        await _directory.PublishAsync(new SignatoryWithdrawn(id, "Cabinet " + word, "leaving", 2));

        await _directory.WaitForSearchAsync($"q={word}", r => r.Total == 0, "the withdrawn listing leaves search");
        Assert.Equal(HttpStatusCode.NotFound, (await _directory.Http.GetAsync($"/api/v1/directory/listings/{id}")).StatusCode);
    }

    [Fact]
    public async Task Suspended_signatory_is_hidden_until_reinstated()
    {
        var word = DirectoryDriver.UniqueWord();
        var name = "Agence " + word;
        var id = await _directory.PublishedListingAsync(name, DirectoryDriver.Details());

        await _directory.PublishAsync(new SignatorySuspended(id, name, "audit", 2));
        await _directory.WaitForSearchAsync($"q={word}", r => r.Total == 0, "the suspended listing leaves search");
        await _directory.PublishAsync(new SignatoryReinstated(id, DirectoryDriver.Provider(name), 3));

        await _directory.WaitForSearchAsync($"q={word}", r => r.Total == 1, "the reinstated listing is back");
    }

    [Fact]
    public async Task Approved_signatory_of_another_category_gets_no_listing()
    {
        var other = Guid.NewGuid();
        var provider = Guid.NewGuid();

        await _directory.PublishAsync(new SignatoryApproved(other, DirectoryDriver.Provider("Corp " + DirectoryDriver.UniqueWord()) with { Category = SignatoryCategories.UserCompany }, 1));
        await _directory.PublishAsync(new SignatoryApproved(provider, DirectoryDriver.Provider("Marker " + DirectoryDriver.UniqueWord()), 1));

        await _directory.WaitForAsync(provider, _ => true, "the provider that follows is listed");
        await Task.Delay(300);
        Assert.Null(await _directory.StaffGetAsync(other));
    }
}
