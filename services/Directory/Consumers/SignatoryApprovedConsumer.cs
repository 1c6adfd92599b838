using Microsoft.Extensions.Options;
using PlanetTechCare.Contracts;
using PlanetTechCare.Directory.Data;
using PlanetTechCare.Directory.Demo;
using PlanetTechCare.Directory.Domain;
using PlanetTechCare.Messaging.Inbox;

namespace PlanetTechCare.Directory.Consumers;

/// <summary>An approved provider gets a draft listing from its public profile; other categories are not listed.</summary>
public sealed class SignatoryApprovedConsumer(DirectoryDbContext db, TimeProvider clock, IOptions<DemoDataOptions> demo)
    : IdempotentConsumer<SignatoryApproved, DirectoryDbContext>(db, clock)
{
    protected override async Task HandleAsync(SignatoryApproved integrationEvent, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        if (await ListingEvents.ApplyProfileAsync(Db, integrationEvent.SignatoryId, integrationEvent.Profile, integrationEvent.Version, now, cancellationToken)
            is not var (listing, created))
        {
            return;
        }

        listing.ApplyStanding(SignatoryStanding.InGoodStanding, integrationEvent.Version, now, approval: true);
        if (created && demo.Value.Enabled)
        {
            // Demo only: the details staff would have entered, then publication (most of the time).
            listing.Edit(DemoListings.DetailsFor(listing.Id, listing.Name, listing.Regions, listing.CompanySize), now);
            if (!DemoListings.StaysDraft(listing.Id))
            {
                listing.Publish(now);
            }
        }
    }
}
