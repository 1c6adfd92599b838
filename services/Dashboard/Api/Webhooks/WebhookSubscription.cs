namespace PlanetTechCare.Dashboard.Api.Webhooks;

/// <summary>A webhook subscription; its secret only in the answer that created it.</summary>
public sealed record WebhookSubscription(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, string Status, string? StatusReason, DateTimeOffset CreatedAt, string? Secret);
