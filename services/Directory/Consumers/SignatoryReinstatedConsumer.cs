using PlanetTechCare.Contracts;
using PlanetTechCare.Directory.Data;
using PlanetTechCare.Directory.Domain;
using PlanetTechCare.Messaging.Inbox;

namespace PlanetTechCare.Directory.Consumers;

/// <summary>A reinstated signatory is in good standing again: its listing shows as staff left it.</summary>
public sealed class SignatoryReinstatedConsumer(DirectoryDbContext db, TimeProvider clock)
    : IdempotentConsumer<SignatoryReinstated, DirectoryDbContext>(db, clock)
{
    protected override async Task HandleAsync(SignatoryReinstated integrationEvent, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        if (await ListingEvents.ApplyProfileAsync(Db, integrationEvent.SignatoryId, integrationEvent.Profile, integrationEvent.Version, now, cancellationToken)
            is not { } listing)
        {
            return;
        }

        listing.ApplyStanding(SignatoryStanding.InGoodStanding, integrationEvent.Version, now);
    }
}
