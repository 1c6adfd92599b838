namespace PlanetTechCare.Browser.Tests.Support;

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "The dashboard on the running platform";
}
