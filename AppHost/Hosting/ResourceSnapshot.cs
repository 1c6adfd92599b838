namespace PlanetTechCare.AppHost.Hosting;

/// <summary>What one resource (or one replica of a project) is doing now.</summary>
public sealed record ResourceSnapshot(
    string Name,
    int Replica,
    ResourceState State,
    int RestartCount,
    Uri? Endpoint,
    IReadOnlyList<int> ProcessIds,
    DateTimeOffset? StartedAt,
    DateTimeOffset? HealthyAt);
