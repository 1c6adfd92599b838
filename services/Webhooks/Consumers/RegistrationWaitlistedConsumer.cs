using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class RegistrationWaitlistedConsumer(WebhooksDbContext db, TimeProvider clock)
    : RegistrationEventConsumer<RegistrationWaitlisted>(db, clock, EventTypes.RegistrationWaitlisted);
