using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class ContentPublishedConsumer(ForwardingQueue queue)
    : ForwardedEventConsumer<ContentPublished>(queue, EventTypes.ContentPublished);
