namespace PlanetTechCare.Signatories.Tests.Support;

[CollectionDefinition(Name)]
public sealed class SignatoriesCollection : ICollectionFixture<SignatoriesFixture>
{
    public const string Name = "The signatories service on real PostgreSQL and RabbitMQ";
}
