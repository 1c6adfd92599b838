using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class RegistrationPromotedConsumer(WebhooksDbContext db, TimeProvider clock)
    : RegistrationEventConsumer<RegistrationPromoted>(db, clock, EventTypes.RegistrationPromoted);
