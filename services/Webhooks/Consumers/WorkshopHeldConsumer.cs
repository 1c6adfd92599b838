using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class WorkshopHeldConsumer(WebhooksDbContext db, TimeProvider clock)
    : ForwardedEventConsumer<WorkshopHeld>(db, clock, EventTypes.WorkshopHeld);
