using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class ReplayPublishedConsumer(ForwardingQueue queue)
    : ForwardedEventConsumer<ReplayPublished>(queue, EventTypes.ReplayPublished);
