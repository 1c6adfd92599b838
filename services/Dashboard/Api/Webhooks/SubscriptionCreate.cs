namespace PlanetTechCare.Dashboard.Api.Webhooks;

/// <summary>A subscription to create.</summary>
public sealed record SubscriptionCreate(string? Url, IReadOnlyList<string> EventTypes);
