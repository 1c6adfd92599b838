namespace PlanetTechCare.Directory.Tests.Support;

[CollectionDefinition(Name)]
public sealed class DirectoryCollection : ICollectionFixture<DirectoryFixture>
{
    public const string Name = "Directory service on PostgreSQL and RabbitMQ";
}
