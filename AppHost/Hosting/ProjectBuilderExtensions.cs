using Microsoft.Extensions.Configuration;

namespace PlanetTechCare.AppHost.Hosting;

public static class ProjectBuilderExtensions
{
    /// <summary>Gives the project <c>ConnectionStrings__&lt;name&gt;</c> for a database or broker.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> project, IResourceBuilder<IResourceWithConnectionString> source)
    {
        project.Resource.AddReference(source.Resource);
        return project;
    }

    /// <summary>Gives the project <c>services__&lt;name&gt;__http__&lt;i&gt;</c>, one per replica of the other project.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> project, IResourceBuilder<ProjectResource> source)
    {
        project.Resource.AddReference(source.Resource);
        return project;
    }

    /// <summary>Starts the project only once <paramref name="dependency"/> is healthy.</summary>
    public static IResourceBuilder<ProjectResource> WaitFor(
        this IResourceBuilder<ProjectResource> project, IResourceBuilder<IResource> dependency)
    {
        project.Resource.AddWaitFor(dependency.Resource);
        return project;
    }

    public static IResourceBuilder<ProjectResource> WithReplicas(this IResourceBuilder<ProjectResource> project, int replicas)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        project.Resource.Replicas = replicas;
        return project;
    }

    /// <summary>Listens on <paramref name="port"/> (<c>http://localhost:&lt;port&gt;</c>); 0 picks a free port.</summary>
    public static IResourceBuilder<ProjectResource> WithHttpEndpoint(this IResourceBuilder<ProjectResource> project, int port = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        project.Resource.HttpPort = port == 0 ? null : port;
        return project;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(
        this IResourceBuilder<ProjectResource> project, string key, string value)
    {
        project.Resource.SetEnvironment(key, value);
        return project;
    }

    /// <summary>
    /// Passes every value under a section of the AppHost's own configuration to the project, as
    /// <c>Section__Key</c> variables: <c>--Gateway:RateLimits:PublicWrites:PermitLimit=5</c> on the
    /// AppHost's command line reaches the gateway as <c>Gateway:RateLimits:PublicWrites:PermitLimit</c>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSettings(
        this IResourceBuilder<ProjectResource> project, IConfigurationSection section)
    {
        foreach (var (key, value) in section.AsEnumerable().Where(setting => setting.Value is not null))
        {
            project.Resource.SetEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value!);
        }

        return project;
    }

    /// <summary>
    /// Passes a value made from another project's endpoint, as Aspire's <c>WithEnvironment(name, endpoint)</c>:
    /// e.g. the dashboard's sign-in callback address to the identity service.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithEnvironment(
        this IResourceBuilder<ProjectResource> project, string key, IResourceBuilder<ProjectResource> endpointOf, Func<Uri, string> format)
    {
        project.Resource.SetEnvironment(key, endpointOf.Resource, format);
        return project;
    }

    /// <summary>Passes a generated secret (see <see cref="DistributedApplicationBuilder.AddGeneratedSecret"/>) as a variable.</summary>
    public static IResourceBuilder<ProjectResource> WithEnvironment(
        this IResourceBuilder<ProjectResource> project, string key, GeneratedSecret secret)
    {
        project.Resource.SetEnvironment(key, secret);
        return project;
    }
}
