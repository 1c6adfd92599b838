using PlanetTechCare.Contracts;
using PlanetTechCare.Directory.Data;
using PlanetTechCare.Directory.Domain;
using PlanetTechCare.Messaging.Inbox;

namespace PlanetTechCare.Directory.Consumers;

/// <summary>An approved provider gets a draft listing from its public profile, for staff to moderate; other categories are not listed.</summary>
public sealed class SignatoryApprovedConsumer(DirectoryDbContext db, TimeProvider clock)
    : IdempotentConsumer<SignatoryApproved, DirectoryDbContext>(db, clock)
{
    protected override async Task HandleAsync(SignatoryApproved integrationEvent, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        if (await ListingEvents.ApplyProfileAsync(Db, integrationEvent.SignatoryId, integrationEvent.Profile, integrationEvent.Version, now, cancellationToken)
            is { } listing)
        {
            listing.ApplyStanding(SignatoryStanding.InGoodStanding, integrationEvent.Version, now, approval: true);
        }
    }
}
