namespace PlanetTechCare.Contracts;

/// <summary>
/// Base of every event one service publishes for others. Contracts only grow: fields are added,
/// never renamed or removed, and <see cref="SchemaVersion"/> is raised when meaning changes.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Unique per event; consumers record it to ignore a redelivery.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;

    public int SchemaVersion { get; init; } = 1;
}
