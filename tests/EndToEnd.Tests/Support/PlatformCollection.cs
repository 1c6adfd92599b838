namespace PlanetTechCare.EndToEnd.Tests.Support;

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "The running platform";
}
