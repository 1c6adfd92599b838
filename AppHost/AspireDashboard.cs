using Microsoft.Extensions.DependencyInjection;

namespace PlanetTechCare.AppHost;

/// <summary>What the services get from the Aspire dashboard, when this run has one (a local run; tests have none).</summary>
public static class AspireDashboard
{
    /// <summary>
    /// Gives the project the Aspire dashboard's address as <c>AspireDashboard:Url</c>: the staff
    /// dashboard links to it, where the operator reads every service's traces, structured logs and metrics.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithAspireDashboardLink(this IResourceBuilder<ProjectResource> project) =>
        HasDashboard(project.ApplicationBuilder)
        && project.ApplicationBuilder.Configuration["ASPNETCORE_URLS"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } url
            ? project.WithEnvironment("AspireDashboard__Url", url)
            : project;

    /// <summary>
    /// Keeps the OTLP exporter Aspire gives every project only when a dashboard receives what it
    /// exports. Without one, Aspire still points the services at a default address where nothing
    /// listens: each would collect every trace, log and metric, fail to send them and hold them for
    /// retries. Without the variable, the services collect nothing
    /// (<c>ServiceDefaults.OpenTelemetryExtensions.IsTelemetryExported</c>).
    /// </summary>
    public static IResourceBuilder<ProjectResource> ExportsTelemetryToTheDashboardOnly(this IResourceBuilder<ProjectResource> project)
    {
        if (!HasDashboard(project.ApplicationBuilder))
        {
            foreach (var exporter in project.Resource.Annotations.OfType<OtlpExporterAnnotation>().ToList())
            {
                project.Resource.Annotations.Remove(exporter);
            }
        }

        return project;
    }

    private static bool HasDashboard(IDistributedApplicationBuilder builder) =>
        builder.ExecutionContext.IsRunMode
        && builder.Services.Select(service => service.ImplementationInstance).OfType<DistributedApplicationOptions>().FirstOrDefault() is { DisableDashboard: false };
}
