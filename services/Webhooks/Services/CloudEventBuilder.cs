using System.Text;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// Turns an integration event into a CloudEvents 1.0 structured JSON document: id = the event id,
/// time = when it occurred, data = the event itself (camelCase JSON).
/// </summary>
public static class CloudEventBuilder
{
    public const string ContentType = "application/cloudevents+json";

    private static readonly JsonEventFormatter Formatter = new(JsonSerializerOptions.Web, new JsonDocumentOptions());

    public static string Build(IntegrationEvent integrationEvent, string eventType) =>
        Build(integrationEvent.EventId, integrationEvent.OccurredAt, eventType, integrationEvent);

    public static string Build(Guid eventId, DateTimeOffset occurredAt, string eventType, object data)
    {
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = eventId.ToString(),
            Source = EventTypes.SourceOf(eventType),
            Type = EventTypes.CloudEventTypeOf(eventType),
            Time = occurredAt,
            DataContentType = "application/json",
            Data = JsonSerializer.SerializeToElement(data, data.GetType(), JsonSerializerOptions.Web),
        };
        var encoded = Formatter.EncodeStructuredModeMessage(cloudEvent, out _);
        return Encoding.UTF8.GetString(encoded.Span);
    }
}
