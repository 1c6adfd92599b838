namespace PlanetTechCare.Workshops.Domain;

/// <summary>Workshops are stored in UTC and shown in Paris time.</summary>
public static class ParisTime
{
    public const string TimeZoneId = "Europe/Paris";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static DateTimeOffset From(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);
}
