using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Data;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Consumers;

public sealed class SignatoryApprovedConsumer(WebhooksDbContext db, TimeProvider clock)
    : ForwardedEventConsumer<SignatoryApproved>(db, clock, EventTypes.SignatoryApproved);
