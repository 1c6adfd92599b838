namespace PlanetTechCare.AppHost.Hosting;

/// <summary>A .NET project of the repo, run from its build output, one process per replica.</summary>
public sealed class ProjectResource(string name, string projectPath) : IResource
{
    private readonly List<IResource> references = [];
    private readonly List<IResource> waitsFor = [];
    private readonly Dictionary<string, string> environment = [];
    private readonly Dictionary<string, GeneratedSecret> secretEnvironment = [];
    private readonly Dictionary<string, (ProjectResource Resource, Func<Uri, string> Format)> endpointEnvironment = [];

    public string Name { get; } = name;

    /// <summary>The .csproj path, relative to the repository root.</summary>
    public string ProjectPath { get; } = projectPath;

    public int Replicas { get; internal set; } = 1;

    /// <summary>The fixed HTTP port, or null/0 for a free port per replica.</summary>
    public int? HttpPort { get; internal set; }

    public IReadOnlyList<IResource> References => references;

    public IReadOnlyList<IResource> WaitsFor => waitsFor;

    public IReadOnlyDictionary<string, string> Environment => environment;

    /// <summary>Variables whose value is a generated secret, resolved from the data folder at start.</summary>
    public IReadOnlyDictionary<string, GeneratedSecret> SecretEnvironment => secretEnvironment;

    /// <summary>Variables made from another project's endpoint (its first replica's), known once ports are assigned.</summary>
    public IReadOnlyDictionary<string, (ProjectResource Resource, Func<Uri, string> Format)> EndpointEnvironment => endpointEnvironment;

    internal void AddReference(IResource resource)
    {
        if (!references.Contains(resource))
        {
            references.Add(resource);
        }
    }

    internal void AddWaitFor(IResource resource)
    {
        if (!waitsFor.Contains(resource))
        {
            waitsFor.Add(resource);
        }
    }

    // The last value given to a variable wins, whatever its kind: settings passed on the AppHost's
    // command line after a generated secret replace it.
    internal void SetEnvironment(string key, string value)
    {
        Forget(key);
        environment[key] = value;
    }

    internal void SetEnvironment(string key, GeneratedSecret secret)
    {
        Forget(key);
        secretEnvironment[key] = secret;
    }

    internal void SetEnvironment(string key, ProjectResource endpointOf, Func<Uri, string> format)
    {
        Forget(key);
        endpointEnvironment[key] = (endpointOf, format);
    }

    private void Forget(string key)
    {
        environment.Remove(key);
        secretEnvironment.Remove(key);
        endpointEnvironment.Remove(key);
    }
}
