using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class WorkshopHeldConsumer(ForwardingQueue queue)
    : ForwardedEventConsumer<WorkshopHeld>(queue, EventTypes.WorkshopHeld);
