namespace PlanetTechCare.Webhooks.Tests.Support;

public sealed record SubscriptionDto(Guid Id, string Owner, Guid? PartnerId, string Url, List<string> EventTypes, string Status, string? StatusReason, DateTimeOffset? VerifiedAt, string? Secret);
