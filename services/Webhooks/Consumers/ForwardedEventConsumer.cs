using MassTransit;
using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Webhooks.Consumers;

/// <summary>
/// Forwards one kind of integration event: it is appended to the feed with one delivery per
/// subscription that wants it, committed with its inbox record (so nothing is lost and a
/// redelivered event has no second effect), together with the other events consumed meanwhile
/// (<see cref="ForwardingQueue"/>). The message is acknowledged once that is committed.
/// An event about some partners' workshops only goes to those partners' apps and to staff.
/// </summary>
public abstract class ForwardedEventConsumer<TEvent>(ForwardingQueue queue, string eventType) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
{
    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var integrationEvent = context.Message;
        var forwarded = new EventToForward(integrationEvent.EventId, eventType, CloudEventBuilder.Build(integrationEvent, eventType),
            integrationEvent.OccurredAt, PartnersConcerned(integrationEvent), GetType().FullName ?? GetType().Name);
        await queue.ForwardAsync(forwarded, context.CancellationToken);
    }

    /// <summary>Null when every app may see the event; else the partners whose apps may.</summary>
    protected virtual List<Guid>? PartnersConcerned(TEvent integrationEvent) => null;
}
