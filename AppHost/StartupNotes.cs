using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PlanetTechCare.AppHost;

/// <summary>Lines printed on the AppHost's console once every service is healthy (a development sign-in, an address).</summary>
public sealed class StartupNotes
{
    private readonly List<ReferenceExpression> _notes = [];

    public IReadOnlyList<ReferenceExpression> Notes => _notes;

    internal void Add(ReferenceExpression note) => _notes.Add(note);
}

public static class StartupNotesExtensions
{
    public static IDistributedApplicationBuilder AddStartupNote(
        this IDistributedApplicationBuilder builder, in ReferenceExpression.ExpressionInterpolatedStringHandler note)
    {
        var notes = builder.Services.FirstOrDefault(service => service.ServiceType == typeof(StartupNotes))?.ImplementationInstance as StartupNotes;
        if (notes is null)
        {
            notes = new StartupNotes();
            builder.Services.AddSingleton(notes);
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StartupNotesPrinter>());
        }

        notes.Add(ReferenceExpression.Create(in note));
        return builder;
    }
}

internal sealed class StartupNotesPrinter(
    StartupNotes notes, DistributedApplicationModel model, ResourceNotificationService notifications, ILogger<StartupNotes> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(model.Resources.OfType<ProjectResource>()
                .Select(project => notifications.WaitForResourceHealthyAsync(project.Name, stoppingToken)));
            foreach (var note in notes.Notes)
            {
                logger.LogInformation("{Note}", await note.GetValueAsync(stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
