using Microsoft.Extensions.DependencyInjection;

namespace PlanetTechCare.AppHost;

public static class AspireDashboardLink
{
    /// <summary>
    /// Gives the project the Aspire dashboard's address as <c>AspireDashboard:Url</c> when this run
    /// has a dashboard (a local run; tests have none): the staff dashboard links to it, where the
    /// operator reads every service's traces, structured logs and metrics.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithAspireDashboardLink(this IResourceBuilder<ProjectResource> project)
    {
        var builder = project.ApplicationBuilder;
        var options = builder.Services.Select(service => service.ImplementationInstance).OfType<DistributedApplicationOptions>().FirstOrDefault();
        return options is { DisableDashboard: false } && builder.ExecutionContext.IsRunMode
            && builder.Configuration["ASPNETCORE_URLS"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } url
            ? project.WithEnvironment("AspireDashboard__Url", url)
            : project;
    }
}
