using System.Reflection;
using Microsoft.Extensions.Configuration;
using PlanetTechCare.AppHost.Supervision;

namespace PlanetTechCare.AppHost;

public static class PlatformServices
{
    /// <summary>
    /// A service of the platform: its own HTTP endpoint (<paramref name="port"/>, or a free one),
    /// healthy once its <c>/health</c> answers, restarted when it crashes, run from its build output.
    /// Replicas share one endpoint, which DCP's proxy spreads over them; a single instance is
    /// reached directly, without a proxy hop. Telemetry goes to the Aspire dashboard when the run has one.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, int replicas = 1, int? port = null)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .WithHttpEndpoint(port: port is 0 ? null : port, name: "http", isProxied: replicas > 1)
            .WithReplicas(replicas)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithHttpReadinessProbe("/health")
            .RunsBuiltOutput()
            .RestartsWhenCrashed()
            .ExportsTelemetryToTheDashboardOnly();

    /// <summary>
    /// Passes every value under a section of the AppHost's own configuration to the project, as
    /// <c>Section__Key</c> variables: <c>--Gateway:RateLimits:PublicWrites:PermitLimit=5</c> on the
    /// AppHost's command line reaches the gateway as <c>Gateway:RateLimits:PublicWrites:PermitLimit</c>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSettings(this IResourceBuilder<ProjectResource> project, IConfigurationSection section)
    {
        foreach (var (key, value) in section.AsEnumerable().Where(setting => setting.Value is not null))
        {
            project.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
        }

        return project;
    }

    /// <summary>
    /// Starts the project's own executable from its build output, instead of DCP's default
    /// <c>dotnet run --no-build</c>, whose wrapper process stays beside each app (about 120–140 MB
    /// each) and, killed, leaves the app running. The AppHost builds every project it references.
    /// </summary>
    private static IResourceBuilder<ProjectResource> RunsBuiltOutput(this IResourceBuilder<ProjectResource> project)
    {
        var projectPath = project.Resource.GetProjectMetadata().ProjectPath;
        var projectDirectory = Path.GetDirectoryName(projectPath)!;
        var configuration = typeof(PlatformServices).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var executable = Path.Combine(projectDirectory, "bin", configuration, "net10.0", $"PlanetTechCare.{Path.GetFileNameWithoutExtension(projectPath)}");
        return project.WithAnnotation(new ExecutableAnnotation { Command = executable, WorkingDirectory = projectDirectory }, ResourceAnnotationMutationBehavior.Replace);
    }
}
