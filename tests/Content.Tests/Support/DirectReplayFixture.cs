namespace PlanetTechCare.Content.Tests.Support;

/// <summary>The content service configured to publish replays without staff review.</summary>
public sealed class DirectReplayFixture : ContentFixture
{
    protected override IReadOnlyDictionary<string, string> Environment =>
        new Dictionary<string, string> { ["Content__PublishReplaysDirectly"] = "true" };
}
