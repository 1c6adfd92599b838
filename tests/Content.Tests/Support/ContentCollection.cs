namespace PlanetTechCare.Content.Tests.Support;

[CollectionDefinition(Name)]
public sealed class ContentCollection : ICollectionFixture<ContentFixture>
{
    public const string Name = "Content service on PostgreSQL and RabbitMQ";
}
