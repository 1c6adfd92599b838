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
        var existing = await ListingEvents.FindAsync(Db, integrationEvent.SignatoryId, cancellationToken);
        if (existing is null && integrationEvent.Profile.Category != SignatoryCategories.DigitalServiceProvider)
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var listing = existing ?? await ListingEvents.FindOrAddAsync(Db, integrationEvent.SignatoryId, integrationEvent.Profile.Name, now, cancellationToken);
        listing.ApplyProfile(integrationEvent.Profile.ToDomain(), integrationEvent.Version, now);
        listing.ApplyStanding(SignatoryStanding.InGoodStanding, integrationEvent.Version, now);
    }
}
