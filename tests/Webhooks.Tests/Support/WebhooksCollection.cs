namespace PlanetTechCare.Webhooks.Tests.Support;

[CollectionDefinition(Name)]
public sealed class WebhooksCollection : ICollectionFixture<WebhooksFixture>
{
    public const string Name = "Webhooks service on PostgreSQL and RabbitMQ, with a real receiver";
}
