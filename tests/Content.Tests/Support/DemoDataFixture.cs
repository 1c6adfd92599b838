namespace PlanetTechCare.Content.Tests.Support;

/// <summary>The content service with demo data on, as two replicas that both seed at start.</summary>
public sealed class DemoDataFixture : ContentFixture
{
    protected override IReadOnlyDictionary<string, string> Environment =>
        new Dictionary<string, string> { ["DemoData__Enabled"] = "true" };

    protected override int Replicas => 2;
}
