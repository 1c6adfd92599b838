namespace PlanetTechCare.Workshops.Domain;

/// <summary>An organisation that hosts workshops.</summary>
public sealed class Partner(Guid id, string name, DateTimeOffset createdAt)
{
    public Guid Id { get; private set; } = id;

    public string Name { get; private set; } = name;

    public string? Website { get; private set; }

    public string? LogoUrl { get; private set; }

    public string? DescriptionFr { get; private set; }

    public string? DescriptionEn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;

    public void Describe(string name, string? website, string? logoUrl, string? descriptionFr, string? descriptionEn)
    {
        Name = name;
        Website = website;
        LogoUrl = logoUrl;
        DescriptionFr = descriptionFr;
        DescriptionEn = descriptionEn;
    }
}
