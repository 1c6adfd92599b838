using System.Text.Json.Serialization;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>A subscription as its owner (or staff) sees it; the secret only in the answer that created it.</summary>
public sealed record SubscriptionView(
    Guid Id,
    string Owner,
    Guid? PartnerId,
    string Url,
    IReadOnlyList<string> EventTypes,
    string Status,
    string? StatusReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? VerifiedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Secret = null)
{
    public static SubscriptionView From(Subscription subscription, bool withSecret = false) => new(
        subscription.Id, subscription.Owner, subscription.PartnerId, subscription.TargetUrl, subscription.EventTypes, StatusText(subscription.Status), subscription.StatusReason,
        subscription.CreatedAt, subscription.UpdatedAt, subscription.VerifiedAt, withSecret ? subscription.Secret : null);

    /// <summary>Every status as the API writes it.</summary>
    public static IReadOnlyList<string> StatusTexts { get; } = [.. Enum.GetValues<SubscriptionStatus>().Select(StatusText)];

    public static string StatusText(SubscriptionStatus status) => status switch
    {
        SubscriptionStatus.PendingVerification => "pending-verification",
        SubscriptionStatus.Active => "active",
        SubscriptionStatus.Paused => "paused",
        _ => "disabled",
    };

    public static SubscriptionStatus? StatusOf(string text) =>
        Enum.GetValues<SubscriptionStatus>().Where(status => StatusText(status) == text).Cast<SubscriptionStatus?>().FirstOrDefault();
}
