using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class ReplayPublishedConsumer(WebhooksDbContext db, TimeProvider clock)
    : ForwardedEventConsumer<ReplayPublished>(db, clock, EventTypes.ReplayPublished);
