using PlanetTechCare.Contracts;
using PlanetTechCare.Directory.Data;
using PlanetTechCare.Directory.Domain;
using PlanetTechCare.Messaging.Inbox;

namespace PlanetTechCare.Directory.Consumers;

/// <summary>
/// A withdrawn signatory leaves public view at once. If the withdrawal overtakes the approval,
/// the row is created hidden, so the older approval cannot show it.
/// </summary>
public sealed class SignatoryWithdrawnConsumer(DirectoryDbContext db, TimeProvider clock)
    : IdempotentConsumer<SignatoryWithdrawn, DirectoryDbContext>(db, clock)
{
    protected override async Task HandleAsync(SignatoryWithdrawn integrationEvent, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var listing = await ListingEvents.FindOrAddAsync(Db, integrationEvent.SignatoryId, integrationEvent.Name, now, cancellationToken);
        listing.ApplyStanding(SignatoryStanding.Withdrawn, integrationEvent.Version, now);
    }
}
