namespace PlanetTechCare.EndToEnd.Tests.Support;

/// <summary>The whole platform as a fresh <c>dotnet run --project AppHost</c> starts it: with the demo data.</summary>
public sealed class DemoPlatformFixture : PlatformFixture
{
    protected override bool WithDemoData => true;
}
