namespace PlanetTechCare.Webhooks.Services;

/// <summary>A delivery this process has claimed until <see cref="LeaseEnd"/>, with what its POST needs.</summary>
public sealed record ClaimedDelivery(Guid Id, Guid SubscriptionId, Guid EventId, string Body, Uri Target, string Secret, DateTimeOffset LeaseEnd);
