using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class RegistrationConfirmedConsumer(WebhooksDbContext db, TimeProvider clock)
    : RegistrationEventConsumer<RegistrationConfirmed>(db, clock, EventTypes.RegistrationConfirmed);
