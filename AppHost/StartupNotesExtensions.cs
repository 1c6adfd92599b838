using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PlanetTechCare.AppHost;

public static class StartupNotesExtensions
{
    /// <summary>Prints <paramref name="notes"/> on the AppHost's console once <paramref name="resource"/> is ready.</summary>
    public static IResourceBuilder<T> PrintsWhenReady<T>(this IResourceBuilder<T> resource, params ReferenceExpression[] notes)
        where T : IResource =>
        resource.WithAnnotation(new StartupNotesAnnotation(notes)).OnResourceReady(async (ready, readyEvent, cancellationToken) =>
        {
            var logger = readyEvent.Services.GetRequiredService<ILoggerFactory>().CreateLogger<StartupNotesAnnotation>();
            foreach (var note in ready.Annotations.OfType<StartupNotesAnnotation>().SelectMany(annotation => annotation.Notes))
            {
                logger.LogInformation("{Note}", await note.GetValueAsync(cancellationToken));
            }
        });
}
