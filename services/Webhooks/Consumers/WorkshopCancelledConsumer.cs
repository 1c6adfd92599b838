using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class WorkshopCancelledConsumer(WebhooksDbContext db, TimeProvider clock)
    : ForwardedEventConsumer<WorkshopCancelled>(db, clock, EventTypes.WorkshopCancelled);
