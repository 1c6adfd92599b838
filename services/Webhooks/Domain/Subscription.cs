namespace PlanetTechCare.Webhooks.Domain;

/// <summary>An app's wish to receive some event types at a target URL, signed with a secret it got once.</summary>
public sealed class Subscription
{
    public Subscription(
        Guid id, string owner, string targetUrl, List<string> eventTypes, string secret, DateTimeOffset now,
        string? idempotencyKey = null, Guid? partnerId = null, bool forStaff = false)
    {
        PartnerId = partnerId;
        ForStaff = forStaff;
        IdempotencyKey = idempotencyKey;
        Id = id;
        Owner = owner;
        TargetUrl = targetUrl;
        EventTypes = eventTypes;
        Secret = secret;
        Status = SubscriptionStatus.PendingVerification;
        CreatedAt = now;
        UpdatedAt = now;
    }

    private Subscription()
    {
        Owner = null!;
        TargetUrl = null!;
        EventTypes = null!;
        Secret = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The API client (or user) that created it; only it sees the subscription.</summary>
    public string Owner { get; private set; }

    /// <summary>The workshops partner the owner acts for: the subscription receives that partner's registrations.</summary>
    public Guid? PartnerId { get; private set; }

    /// <summary>Made by staff: receives the registrations of every workshop.</summary>
    public bool ForStaff { get; private set; }

    public string TargetUrl { get; private set; }

    public List<string> EventTypes { get; private set; }

    public string Secret { get; private set; }

    /// <summary>The client's <c>Idempotency-Key</c> of the creation, so a retried creation gives the same subscription.</summary>
    public string? IdempotencyKey { get; private set; }

    public SubscriptionStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>Since when every finished delivery failed; null after a success.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public void Verified(DateTimeOffset now)
    {
        if (Status == SubscriptionStatus.PendingVerification)
        {
            Status = SubscriptionStatus.Active;
        }

        VerifiedAt = now;
        StatusReason = null;
        UpdatedAt = now;
    }

    public void VerificationFailed(string reason, DateTimeOffset now)
    {
        StatusReason = reason;
        UpdatedAt = now;
    }

    /// <summary>False when the subscription is not verified yet.</summary>
    public bool Pause(DateTimeOffset now) => Move(SubscriptionStatus.Paused, null, now);

    /// <summary>Resumes a paused or disabled subscription; false when it is not verified yet.</summary>
    public bool Resume(DateTimeOffset now)
    {
        var moved = Move(SubscriptionStatus.Active, null, now);
        if (moved)
        {
            FailingSince = null;
        }

        return moved;
    }

    public void Disable(string reason, DateTimeOffset now)
    {
        Status = SubscriptionStatus.Disabled;
        StatusReason = reason;
        UpdatedAt = now;
    }

    public void DeliverySucceeded() => FailingSince = null;

    /// <summary>Records a delivery given up; true when the subscription has failed long enough to be disabled.</summary>
    public bool DeliveryFailed(DateTimeOffset now, TimeSpan disableAfter)
    {
        FailingSince ??= now;
        return now - FailingSince.Value >= disableAfter;
    }

    private bool Move(SubscriptionStatus status, string? reason, DateTimeOffset now)
    {
        if (Status == SubscriptionStatus.PendingVerification)
        {
            return false;
        }

        Status = status;
        StatusReason = reason;
        UpdatedAt = now;
        return true;
    }
}
