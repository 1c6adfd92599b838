namespace Projects;

/// <summary>
/// Names the AppHost's entry point for tests, as Aspire's generated <c>Projects.AppHost</c> does:
/// <c>DistributedApplicationTestingBuilder.CreateAsync&lt;Projects.AppHost&gt;()</c>.
/// (A public <c>Program</c> would clash with the services' own <c>Program</c> in test projects.)
/// </summary>
public sealed class AppHost
{
    private AppHost()
    {
    }
}
