namespace PlanetTechCare.Directory.Domain;

/// <summary>A provider's entry in the directory.</summary>
public sealed class Listing(Guid id, string name, DateTimeOffset createdAt)
{
    public Guid Id { get; private set; } = id;

    public string Name { get; private set; } = name;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
