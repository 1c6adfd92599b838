namespace PlanetTechCare.Webhooks.Domain;

/// <summary>The data of a test event: which subscription asked for it, and what it is.</summary>
public sealed record TestEvent(Guid SubscriptionId, string Message)
{
    public const string Text = "A test event, sent because its subscription's owner asked for one: no platform event is behind it.";
}
