using System.Security.Cryptography;
using System.Text;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// Test events, delivered to one subscription through the ordinary deliveries (signed, retried,
/// logged). A test asked with an <c>Idempotency-Key</c> gets an event id derived from the
/// subscription and the key, so a retried request finds the delivery it made instead of a second one.
/// </summary>
public static class TestEvents
{
    public static Guid IdFor(Guid subscriptionId, string? idempotencyKey)
    {
        if (idempotencyKey is null)
        {
            return Guid.CreateVersion7();
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"webhook-test:{subscriptionId:N}:{idempotencyKey}"));
        // RFC 9562 version 8 (custom) with the RFC variant: never equal to a version 7 id of a real event.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    public static Delivery DeliveryFor(Subscription subscription, Guid eventId, DateTimeOffset now) => new(
        Guid.CreateVersion7(), subscription.Id, eventId, EventTypes.WebhookTest,
        CloudEventBuilder.Build(eventId, now, EventTypes.WebhookTest, new TestEvent(subscription.Id, TestEvent.Text)), now);
}
