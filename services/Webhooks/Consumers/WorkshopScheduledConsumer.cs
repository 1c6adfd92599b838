using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class WorkshopScheduledConsumer(ForwardingQueue queue)
    : ForwardedEventConsumer<WorkshopScheduled>(queue, EventTypes.WorkshopScheduled);
