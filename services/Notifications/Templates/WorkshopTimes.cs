using System.Globalization;

namespace PlanetTechCare.Notifications.Templates;

/// <summary>A workshop's times as an e-mail tells them: in Paris time (the programme's), in the reader's language.</summary>
public static class WorkshopTimes
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"jeudi 12 mars 2026, 14:00–15:30 (heure de Paris)" or "Thursday 12 March 2026, 14:00–15:30 (Paris time)".</summary>
    public static string Describe(DateTimeOffset startsAt, DateTimeOffset endsAt, string language)
    {
        var culture = language == "en" ? English : French;
        var start = TimeZoneInfo.ConvertTime(startsAt, Paris);
        var end = TimeZoneInfo.ConvertTime(endsAt, Paris);
        var endText = end.Date == start.Date ? end.ToString("HH:mm", culture) : end.ToString("dddd d MMMM yyyy, HH:mm", culture);
        return $"{start.ToString("dddd d MMMM yyyy, HH:mm", culture)}–{endText} ({(language == "en" ? "Paris time" : "heure de Paris")})";
    }
}
