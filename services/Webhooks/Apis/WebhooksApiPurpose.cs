namespace PlanetTechCare.Webhooks.Apis;

/// <summary>What the webhooks API is for: the first paragraph of its OpenAPI document's introduction.</summary>
public static class WebhooksApiPurpose
{
    public const string Purpose =
        "The platform's public events (workshops scheduled, updated, cancelled and held, replays, registrations of a partner's own workshops, approved signatories, library items) for external apps, as CloudEvents 1.0: pushed as signed webhooks (Standard Webhooks headers, retried for 24 hours) to verified subscriptions, with a delivery log, redelivery and a test event, or read from a feed by cursor or as Server-Sent Events.";
}
