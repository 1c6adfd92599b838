namespace PlanetTechCare.AppHost.Hosting;

/// <summary>Configures one declared resource (the fluent <c>With…</c> calls hang off it).</summary>
public interface IResourceBuilder<out T>
    where T : IResource
{
    T Resource { get; }

    DistributedApplicationBuilder ApplicationBuilder { get; }
}
