using PlanetTechCare.Contracts;
using PlanetTechCare.Directory.Tests.Support;

namespace PlanetTechCare.Directory.Tests;

[Collection(DirectoryCollection.Name)]
public sealed class SizeBandTests(DirectoryFixture fixture)
{
    private readonly DirectoryDriver _directory = new(fixture);

    [Theory]
    [InlineData("micro")]
    [InlineData("sme")]
    [InlineData("mid-size")]
    [InlineData("large")]
    public async Task The_size_band_a_signatory_gave_shows_on_its_listing_and_in_the_size_facet(string sizeBand)
    {
        var word = DirectoryDriver.UniqueWord();
        var id = Guid.NewGuid();
        await _directory.PublishAsync(new SignatoryApproved(id, DirectoryDriver.Provider("Cabinet " + word, size: sizeBand), 1));
        var draft = await _directory.WaitForAsync(id, l => l.Status == "Draft", "the approval creates a draft");
        (await _directory.Http.PostAsync($"/api/v1/directory/staff/listings/{id}/publish", null)).EnsureSuccessStatusCode();

        var results = await _directory.SearchAsync($"q={word}&size={sizeBand}");

        Assert.Equal(sizeBand, draft.Listing.CompanySize);
        Assert.Equal((id, sizeBand), (Assert.Single(results.Items).Id, Assert.Single(results.Items).CompanySize));
        Assert.Equal([(sizeBand, 1L)], results.Facets.Size.Select(f => (f.Value, f.Count)));
    }

    [Fact]
    public async Task A_newer_profile_with_another_size_band_moves_the_listing_to_that_band()
    {
        var word = DirectoryDriver.UniqueWord();
        var id = await _directory.PublishedListingAsync("Agence " + word, DirectoryDriver.Details(size: null));

        await _directory.PublishAsync(new SignatoryProfileUpdated(id, DirectoryDriver.Provider("Agence " + word, size: "mid-size"), 2));

        await _directory.WaitForSearchAsync($"q={word}", r => r.Items.SingleOrDefault()?.CompanySize == "mid-size", "the newer profile's band reaches the listing");
    }
}
