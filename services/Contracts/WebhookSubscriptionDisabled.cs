namespace PlanetTechCare.Contracts;

/// <summary>
/// The webhooks service disabled a subscription: its target answered 410 Gone, or every delivery
/// failed for days. Staff may tell the owner (<see cref="Owner"/>, an API client id).
/// </summary>
public sealed record WebhookSubscriptionDisabled(Guid SubscriptionId, string Owner, string TargetUrl, string Reason) : IntegrationEvent;
