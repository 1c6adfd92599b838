namespace PlanetTechCare.Content.Tests.Support;

[CollectionDefinition(Name)]
public sealed class DirectReplayCollection : ICollectionFixture<DirectReplayFixture>
{
    public const string Name = "Content service publishing replays directly";
}
