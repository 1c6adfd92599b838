using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class RegistrationCancelledConsumer(WebhooksDbContext db, TimeProvider clock)
    : RegistrationEventConsumer<RegistrationCancelled>(db, clock, EventTypes.RegistrationCancelled);
