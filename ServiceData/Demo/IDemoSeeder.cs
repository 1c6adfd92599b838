namespace PlanetTechCare.ServiceData.Demo;

/// <summary>
/// A service's demo data, written through the same commands and events as real use. Run once at
/// start when <c>DemoData:Enabled</c> is on, by one replica at a time; it must leave what is
/// already there as it is, so that a second run (another replica, a restart) adds nothing.
/// </summary>
public interface IDemoSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
