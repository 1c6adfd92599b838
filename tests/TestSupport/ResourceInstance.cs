namespace PlanetTechCare.TestSupport;

/// <summary>One instance of a resource of a running app: a replica of a project, or an executable.</summary>
public sealed record ResourceInstance(string Name, int Replica, string Id);
