namespace PlanetTechCare.Content.Consumers;

/// <summary><c>Content:PublishReplaysDirectly</c>: replays from workshops go public at once instead of waiting for staff review.</summary>
public sealed class ReplayOptions
{
    public const string SectionName = "Content";

    public bool PublishReplaysDirectly { get; set; }
}
