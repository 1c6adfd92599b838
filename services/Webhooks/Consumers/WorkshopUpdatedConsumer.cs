using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class WorkshopUpdatedConsumer(WebhooksDbContext db, TimeProvider clock)
    : ForwardedEventConsumer<WorkshopUpdated>(db, clock, EventTypes.WorkshopUpdated);
