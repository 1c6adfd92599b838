using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class RegistrationPromotedConsumer(WebhooksDbContext db, TimeProvider clock)
    : ForwardedEventConsumer<RegistrationPromoted>(db, clock, EventTypes.RegistrationPromoted);
