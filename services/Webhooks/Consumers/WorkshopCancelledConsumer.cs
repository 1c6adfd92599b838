using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class WorkshopCancelledConsumer(ForwardingQueue queue)
    : ForwardedEventConsumer<WorkshopCancelled>(queue, EventTypes.WorkshopCancelled);
