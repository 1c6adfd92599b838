using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Contracts;

namespace PlanetTechCare.Messaging.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Queues an integration event in the outbox; it is stored by the same SaveChanges (and so
    /// the same transaction) as the state change, and published once that commits.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext dbContext, IntegrationEvent integrationEvent) =>
        dbContext.Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent));
}
