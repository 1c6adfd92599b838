using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PlanetTechCare.AppHost.Supervision;

public static class SupervisionExtensions
{
    /// <summary>
    /// Starts the resource again when its process (or a replica's) ends without being asked to,
    /// after 1 s, doubling up to 30 s while it keeps crashing. DCP marks such a process finished and
    /// leaves it so; a stop asked from the dashboard or the app model is left alone.
    /// </summary>
    public static IResourceBuilder<T> RestartsWhenCrashed<T>(this IResourceBuilder<T> resource)
        where T : IResource
    {
        resource.ApplicationBuilder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, CrashedResourceRestarter>());
        return resource.WithAnnotation<RestartOnCrashAnnotation>(ResourceAnnotationMutationBehavior.Replace);
    }
}
