using PlanetTechCare.Contracts;
using PlanetTechCare.Directory.Data;
using PlanetTechCare.Messaging.Inbox;

namespace PlanetTechCare.Directory.Consumers;

/// <summary>
/// Refreshes the listing from the newer profile. A provider's update that overtakes its approval
/// creates the row in a hidden state (standing unknown) so the profile is not lost.
/// </summary>
public sealed class SignatoryProfileUpdatedConsumer(DirectoryDbContext db, TimeProvider clock)
    : IdempotentConsumer<SignatoryProfileUpdated, DirectoryDbContext>(db, clock)
{
    protected override async Task HandleAsync(SignatoryProfileUpdated integrationEvent, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        if (await ListingEvents.ApplyProfileAsync(Db, integrationEvent.SignatoryId, integrationEvent.Profile, integrationEvent.Version, now, cancellationToken)
            is not { } listing)
        {
            return;
        }

    }
}
