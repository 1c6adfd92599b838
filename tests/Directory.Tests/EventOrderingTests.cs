using PlanetTechCare.Contracts;
using PlanetTechCare.Directory.Tests.Support;

namespace PlanetTechCare.Directory.Tests;

[Collection(DirectoryCollection.Name)]
public sealed class EventOrderingTests(DirectoryFixture fixture)
{
    private readonly DirectoryDriver _directory = new(fixture);

    [Fact]
    public async Task Withdrawal_that_overtakes_the_approval_keeps_the_listing_hidden()
    {
        var id = Guid.NewGuid();
        var name = "Late " + DirectoryDriver.UniqueWord();

        await _directory.PublishAsync(new SignatoryWithdrawn(id, name, "changed mind", 2));
        await _directory.WaitForAsync(id, l => l.Standing == "Withdrawn", "the withdrawal creates a hidden row");
        await _directory.PublishAsync(new SignatoryApproved(id, DirectoryDriver.Provider(name), 1));

        var listing = await _directory.WaitForAsync(id, l => l.ProfileVersion == 1, "the older approval's profile is applied");
        Assert.Equal("Withdrawn", listing.Standing);
        Assert.Equal(2, listing.StandingVersion);
        Assert.False(listing.IsPublic);
    }

    [Fact]
    public async Task Redelivered_withdrawal_does_not_hide_a_reinstated_listing()
    {
        var word = DirectoryDriver.UniqueWord();
        var name = "Echo " + word;
        var id = await _directory.PublishedListingAsync(name, DirectoryDriver.Details());
        var withdrawal = new SignatoryWithdrawn(id, name, "oops", 2);
        await _directory.PublishAsync(withdrawal);
        await _directory.WaitForAsync(id, l => l.Standing == "Withdrawn", "the withdrawal applies");
        await _directory.PublishAsync(new SignatoryReinstated(id, DirectoryDriver.Provider(name), 3));
        await _directory.WaitForSearchAsync($"q={word}", r => r.Total == 1, "the reinstatement applies");

        await _directory.PublishAsync(withdrawal);
        await _directory.PublishAsync(withdrawal with { EventId = Guid.NewGuid() });
        await Task.Delay(1000);

        Assert.Equal(1, (await _directory.SearchAsync($"q={word}")).Total);
    }

    [Fact]
    public async Task Older_profile_update_does_not_overwrite_a_newer_one()
    {
        var id = Guid.NewGuid();
        var word = DirectoryDriver.UniqueWord();
        await _directory.PublishAsync(new SignatoryApproved(id, DirectoryDriver.Provider("First " + word), 1));
        await _directory.PublishAsync(new SignatoryProfileUpdated(id, DirectoryDriver.Provider("Newest " + word), 3));
        await _directory.WaitForAsync(id, l => l.ProfileVersion == 3, "the newest profile applies");

        await _directory.PublishAsync(new SignatoryProfileUpdated(id, DirectoryDriver.Provider("Stale " + word), 2));
        await Task.Delay(1000);

        var listing = await _directory.StaffGetAsync(id);
        Assert.Equal("Newest " + word, listing!.Listing.Name);
        Assert.Equal("InGoodStanding", listing.Standing);
    }
}
