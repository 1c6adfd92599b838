using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class ContentPublishedConsumer(WebhooksDbContext db, TimeProvider clock)
    : ForwardedEventConsumer<ContentPublished>(db, clock, EventTypes.ContentPublished);
