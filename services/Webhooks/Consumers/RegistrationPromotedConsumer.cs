using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class RegistrationPromotedConsumer(ForwardingQueue queue)
    : RegistrationEventConsumer<RegistrationPromoted>(queue, EventTypes.RegistrationPromoted);
