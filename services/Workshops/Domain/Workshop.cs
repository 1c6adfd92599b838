namespace PlanetTechCare.Workshops.Domain;

/// <summary>An online workshop hosted by partner organisations.</summary>
public sealed class Workshop(Guid id, string title, DateTimeOffset createdAt)
{
    public Guid Id { get; private set; } = id;

    public string Title { get; private set; } = title;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
