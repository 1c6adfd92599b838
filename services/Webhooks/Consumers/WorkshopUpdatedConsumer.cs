using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class WorkshopUpdatedConsumer(ForwardingQueue queue)
    : ForwardedEventConsumer<WorkshopUpdated>(queue, EventTypes.WorkshopUpdated);
