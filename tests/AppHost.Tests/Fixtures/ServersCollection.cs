namespace PlanetTechCare.AppHost.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<ServersFixture>
{
    public const string Name = "Shared PostgreSQL and RabbitMQ";
}
