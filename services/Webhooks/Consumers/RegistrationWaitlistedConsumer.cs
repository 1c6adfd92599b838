using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class RegistrationWaitlistedConsumer(ForwardingQueue queue)
    : RegistrationEventConsumer<RegistrationWaitlisted>(queue, EventTypes.RegistrationWaitlisted);
