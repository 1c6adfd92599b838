namespace PlanetTechCare.Content.Domain;

/// <summary>An item of the bilingual library.</summary>
public sealed class ContentItem(Guid id, string title, DateTimeOffset createdAt)
{
    public Guid Id { get; private set; } = id;

    public string Title { get; private set; } = title;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
