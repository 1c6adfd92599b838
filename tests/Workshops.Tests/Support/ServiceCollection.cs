namespace PlanetTechCare.Workshops.Tests.Support;

[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<WorkshopsFixture>
{
    public const string Name = "The workshops service on PostgreSQL and RabbitMQ";
}
