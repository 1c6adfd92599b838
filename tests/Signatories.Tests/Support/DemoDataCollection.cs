namespace PlanetTechCare.Signatories.Tests.Support;

[CollectionDefinition(Name)]
public sealed class DemoDataCollection : ICollectionFixture<DemoDataFixture>
{
    public const string Name = "The signatories service with its demo data";
}
