using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class SignatoryApprovedConsumer(ForwardingQueue queue)
    : ForwardedEventConsumer<SignatoryApproved>(queue, EventTypes.SignatoryApproved);
