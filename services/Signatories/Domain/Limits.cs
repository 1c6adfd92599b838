namespace PlanetTechCare.Signatories.Domain;

/// <summary>Maximum lengths of the texts an application carries.</summary>
public static class Limits
{
    public const int LegalName = 200;
    public const int RegistrationId = 50;
    public const int Website = 300;
    public const int Description = 2000;
    public const int PersonName = 150;
    public const int Email = 254;
    public const int Reason = 1000;
    public const int IdempotencyKey = 100;
}
