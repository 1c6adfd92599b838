using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PlanetTechCare.AppHost;

public static class ReadinessProbes
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan PollFor = TimeSpan.FromSeconds(5);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };

    /// <summary>
    /// A health check that, while the resource is not ready, asks again every 100 ms for up to 5 s
    /// before it answers unhealthy. Aspire waits 1 s, then 2, 3, 4 and 5 s between failed checks: on
    /// a start where each service waits for the previous ones, that back-off alone added several
    /// seconds per step. A ready resource answers at once, and is then checked every 30 s.
    /// </summary>
    public static IResourceBuilder<T> WithReadinessProbe<T>(this IResourceBuilder<T> resource, string key, Func<CancellationToken, Task> probe)
        where T : IResource
    {
        resource.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(key, async cancellationToken =>
        {
            var polling = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    await probe(cancellationToken);
                    return HealthCheckResult.Healthy();
                }
                catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    if (polling.Elapsed >= PollFor)
                    {
                        return HealthCheckResult.Unhealthy(error.Message);
                    }
                }

                await Task.Delay(PollEvery, cancellationToken);
            }
        });
        return resource.WithHealthCheck(key);
    }

    /// <summary>Ready once <c>GET /health</c> on the resource's <c>http</c> endpoint answers 200 (DCP's proxy when it has replicas).</summary>
    public static IResourceBuilder<T> WithHttpReadinessProbe<T>(this IResourceBuilder<T> resource, string path)
        where T : IResourceWithEndpoints
    {
        var endpoint = resource.GetEndpoint("http");
        return resource.WithReadinessProbe($"{resource.Resource.Name}-answers-{path.Trim('/')}", async cancellationToken =>
        {
            using var response = await Http.GetAsync(new Uri(new Uri(endpoint.Url), path), cancellationToken);
            response.EnsureSuccessStatusCode();
        });
    }
}
