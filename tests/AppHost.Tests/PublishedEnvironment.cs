using Microsoft.Extensions.DependencyInjection;

namespace PlanetTechCare.AppHost.Tests;

/// <summary>
/// The environment the AppHost declares for a project, as its publish manifest writes it: references
/// stay expressions (<c>{gateway.bindings.http.url}</c>), so nothing needs to run.
/// </summary>
internal static class PublishedEnvironment
{
    public static async Task<Dictionary<string, string>> OfAsync(IDistributedApplicationTestingBuilder builder, string project)
    {
        await using var app = builder.Build();
        var resource = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>().Single(p => p.Name == project);
        var context = new DistributedApplicationExecutionContext(
            new DistributedApplicationExecutionContextOptions(DistributedApplicationOperation.Publish) { Services = app.Services });
        var configuration = await ExecutionConfigurationBuilder.Create(resource).WithEnvironmentVariablesConfig().BuildAsync(context);
        return configuration.EnvironmentVariables.ToDictionary();
    }
}
