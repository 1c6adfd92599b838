using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class RegistrationCancelledConsumer(ForwardingQueue queue)
    : RegistrationEventConsumer<RegistrationCancelled>(queue, EventTypes.RegistrationCancelled);
