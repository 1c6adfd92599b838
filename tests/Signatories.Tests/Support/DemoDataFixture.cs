namespace PlanetTechCare.Signatories.Tests.Support;

/// <summary>A separate signatories service, database and broker, with <c>DemoData:Enabled=true</c>.</summary>
public sealed class DemoDataFixture : SignatoriesFixture
{
    protected override IReadOnlyDictionary<string, string> Environment =>
        new Dictionary<string, string> { ["DemoData__Enabled"] = "true" };
}
