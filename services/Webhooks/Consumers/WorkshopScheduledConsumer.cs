using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class WorkshopScheduledConsumer(WebhooksDbContext db, TimeProvider clock)
    : ForwardedEventConsumer<WorkshopScheduled>(db, clock, EventTypes.WorkshopScheduled);
