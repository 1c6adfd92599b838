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

    public static string Build(IntegrationEvent integrationEvent, string eventType)
    {
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = integrationEvent.EventId.ToString(),
            Source = EventTypes.SourceOf(eventType),
            Type = EventTypes.CloudEventTypeOf(eventType),
            Time = integrationEvent.OccurredAt,
            DataContentType = "application/json",
            Data = JsonSerializer.SerializeToElement(integrationEvent, integrationEvent.GetType(), JsonSerializerOptions.Web),
        };
        var encoded = Formatter.EncodeStructuredModeMessage(cloudEvent, out _);
        return Encoding.UTF8.GetString(encoded.Span);
    }
}
