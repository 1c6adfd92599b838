namespace PlanetTechCare.Messaging.Tests.Support;

[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<ServersFixture>
{
    public const string Name = "PostgreSQL and RabbitMQ";
}
