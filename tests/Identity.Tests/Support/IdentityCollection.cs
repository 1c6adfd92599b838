namespace PlanetTechCare.Identity.Tests.Support;

[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<IdentityFixture>
{
    public const string Name = "Identity service on PostgreSQL";
}
