namespace PlanetTechCare.Workshops.Domain;

/// <summary>Someone who speaks at a workshop.</summary>
public sealed class Speaker
{
    public required string Name { get; set; }

    public string? Organisation { get; set; }

    public string? Role { get; set; }

    public string? Bio { get; set; }
}
