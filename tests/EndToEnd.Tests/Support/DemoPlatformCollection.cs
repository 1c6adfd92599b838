namespace PlanetTechCare.EndToEnd.Tests.Support;

[CollectionDefinition(Name)]
public sealed class DemoPlatformCollection : ICollectionFixture<DemoPlatformFixture>
{
    public const string Name = "The platform with its demo data";
}
