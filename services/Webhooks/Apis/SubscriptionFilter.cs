using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>The subscription list's <c>?status=&amp;owner=</c> (a client id), bound with <c>[AsParameters]</c>.</summary>
public sealed record SubscriptionFilter
{
    public const int MaxOwnerLength = 200;

    [OneOf(typeof(SubscriptionView), nameof(SubscriptionView.StatusTexts))]
    public string? Status { get; init; }

    [Text(MaxOwnerLength)]
    public string? Owner { get; init; }

    public IQueryable<Subscription> Apply(IQueryable<Subscription> subscriptions)
    {
        if (Status is not null && SubscriptionView.StatusOf(Status) is { } status)
        {
            subscriptions = subscriptions.Where(s => s.Status == status);
        }

        if (!string.IsNullOrEmpty(Owner))
        {
            var owner = Owner;
            subscriptions = subscriptions.Where(s => s.Owner == owner);
        }

        return subscriptions;
    }
}
