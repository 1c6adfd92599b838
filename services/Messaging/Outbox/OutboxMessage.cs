using System.Diagnostics;
using System.Text.Json;
using PlanetTechCare.Contracts;

namespace PlanetTechCare.Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the state
/// change that raised it. <see cref="Id"/> gives the publishing order.
/// </summary>
public sealed class OutboxMessage
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private OutboxMessage(Guid eventId, string eventType, string payload, DateTimeOffset occurredAt, string? traceParent)
    {
        EventId = eventId;
        EventType = eventType;
        Payload = payload;
        OccurredAt = occurredAt;
        TraceParent = traceParent;
    }

    public long Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>Type name with its assembly, e.g. <c>PlanetTechCare.Contracts.SignatoryApproved, PlanetTechCare.Contracts</c>.</summary>
    public string EventType { get; private set; }

    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>
    /// The W3C trace context of the change that raised the event (the request or the message it
    /// handled), so that its publishing, and every consumer after it, join the same trace.
    /// </summary>
    public string? TraceParent { get; private set; }

    public static OutboxMessage From(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage(
            integrationEvent.EventId,
            $"{type.FullName}, {type.Assembly.GetName().Name}",
            JsonSerializer.Serialize(integrationEvent, type, SerializerOptions),
            integrationEvent.OccurredAt,
            Activity.Current?.Id);
    }

    public Type ResolveEventType() =>
        Type.GetType(EventType, throwOnError: false)
        ?? throw new InvalidOperationException($"Outbox message {Id} names an unknown event type '{EventType}'.");

    public IntegrationEvent ToEvent() =>
        (IntegrationEvent)(JsonSerializer.Deserialize(Payload, ResolveEventType(), SerializerOptions)
            ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload."));

    public void MarkSent(DateTimeOffset sentAt) => SentAt = sentAt;
}
