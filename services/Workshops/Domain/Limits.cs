namespace PlanetTechCare.Workshops.Domain;

/// <summary>Longest values accepted (and stored).</summary>
public static class Limits
{
    public const int Title = 300;
    public const int Summary = 4000;
    public const int Url = 2000;
    public const int Reason = 1000;
    public const int Name = 200;
    public const int Email = 254;
    public const int Theme = 60;
    public const int SpeakerBio = 2000;
    public const int MaxThemes = 10;
    public const int MaxSpeakers = 20;
    public const int MaxPartners = 10;
    public const int MaxCapacity = 100_000;
    public const int IdempotencyKey = 100;
}
