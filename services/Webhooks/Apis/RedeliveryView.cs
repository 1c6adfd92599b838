namespace PlanetTechCare.Webhooks.Apis;

/// <summary>How many deliveries a bulk redelivery queued again.</summary>
public sealed record RedeliveryView(int Queued);
