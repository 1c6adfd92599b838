namespace PlanetTechCare.Faults.Tests.Support;

/// <summary>
/// One platform for every fault test, run one test at a time: each leaves the platform healthy
/// (the broker and PostgreSQL started again, killed replicas restarted) for the next.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "The platform under faults";
}
