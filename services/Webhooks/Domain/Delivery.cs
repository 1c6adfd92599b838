namespace PlanetTechCare.Webhooks.Domain;

/// <summary>
/// One event to send to one subscription. Its webhook id is the event's id, the same on every
/// attempt, so receivers can de-duplicate.
/// </summary>
public sealed class Delivery
{
    public Delivery(Guid id, Guid subscriptionId, Guid eventId, string eventType, string body, DateTimeOffset now)
    {
        Id = id;
        SubscriptionId = subscriptionId;
        EventId = eventId;
        EventType = eventType;
        Body = body;
        Status = DeliveryStatus.Pending;
        CreatedAt = now;
        UpdatedAt = now;
        NextAttemptAt = now;
    }

    private Delivery()
    {
        EventType = null!;
        Body = null!;
    }

    public Guid Id { get; private set; }

    public Guid SubscriptionId { get; private set; }

    public Guid EventId { get; private set; }

    public string EventType { get; private set; }

    /// <summary>The CloudEvent JSON document, sent byte for byte on every attempt.</summary>
    public string Body { get; private set; }

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public int? LastResponseCode { get; private set; }

    public long? LastLatencyMs { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? FirstAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Attempted(AttemptResult result, DateTimeOffset now)
    {
        Attempts++;
        FirstAttemptAt ??= now;
        LastAttemptAt = now;
        LastResponseCode = result.StatusCode;
        LastLatencyMs = result.LatencyMs;
        LastError = result.Error;
        UpdatedAt = now;
    }

    public void Succeeded()
    {
        Status = DeliveryStatus.Succeeded;
        NextAttemptAt = null;
    }

    public void Failed()
    {
        Status = DeliveryStatus.Failed;
        NextAttemptAt = null;
    }

    public void RetryAt(DateTimeOffset next) => NextAttemptAt = next;

    /// <summary>Taken by a dispatcher sending it now: not due for another before <paramref name="leaseEnd"/>.</summary>
    public void ClaimUntil(DateTimeOffset leaseEnd) => NextAttemptAt = leaseEnd;

    /// <summary>Sends it again from now, with a new retry period.</summary>
    public void Redeliver(DateTimeOffset now)
    {
        Status = DeliveryStatus.Pending;
        FirstAttemptAt = null;
        NextAttemptAt = now;
        UpdatedAt = now;
    }
}
