namespace PlanetTechCare.Content.Domain;

public static class Limits
{
    public const int Title = 200;
    public const int Summary = 1000;
    public const int Body = 100_000;
    public const int Slug = 120;
    public const int Theme = 60;
    public const int MaxThemes = 10;
    public const int Tag = 40;
    public const int MaxTags = 20;
    public const int PersonName = 100;
    public const int Url = 500;
    public const int CreationKey = 100;
}
