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
        var existing = await ListingEvents.FindAsync(Db, integrationEvent.SignatoryId, cancellationToken);
        if (existing is null && integrationEvent.Profile.Category != SignatoryCategories.DigitalServiceProvider)
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var listing = existing ?? await ListingEvents.FindOrAddAsync(Db, integrationEvent.SignatoryId, integrationEvent.Profile.Name, now, cancellationToken);
        listing.ApplyProfile(integrationEvent.Profile.ToDomain(), integrationEvent.Version, now);
    }
}
