namespace PlanetTechCare.AppHost;

/// <summary>Lines the AppHost prints once a resource is ready (a development sign-in, an address).</summary>
public sealed class StartupNotesAnnotation(IReadOnlyList<ReferenceExpression> notes) : IResourceAnnotation
{
    public IReadOnlyList<ReferenceExpression> Notes { get; } = notes;
}
