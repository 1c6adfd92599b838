using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class RegistrationConfirmedConsumer(ForwardingQueue queue)
    : RegistrationEventConsumer<RegistrationConfirmed>(queue, EventTypes.RegistrationConfirmed);
