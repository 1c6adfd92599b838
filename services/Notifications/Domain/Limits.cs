namespace PlanetTechCare.Notifications.Domain;

/// <summary>The longest texts kept, as long as the services that send them allow.</summary>
public static class Limits
{
    public const int Name = 200;
    public const int Email = 254;
    public const int Url = 2000;
    public const int Title = 300;
}
