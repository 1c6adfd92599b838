using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class WorkshopUpdatedConsumer(WebhooksDbContext db, TimeProvider clock)
    : WorkshopDetailsConsumer<WorkshopUpdated>(db, clock, EventTypes.WorkshopUpdated, e => (e.WorkshopId, e.Details, e.Version));
