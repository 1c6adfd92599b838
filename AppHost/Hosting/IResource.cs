namespace PlanetTechCare.AppHost.Hosting;

/// <summary>Something the app model declares: a server, a database or a project.</summary>
public interface IResource
{
    string Name { get; }
}
