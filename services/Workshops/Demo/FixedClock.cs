namespace PlanetTechCare.Workshops.Demo;

/// <summary>A clock stopped at one moment: the demo's past registrations and attendance happen when they would have.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
