namespace PlanetTechCare.Dashboard.Components.Shared;

/// <summary>Workshop times are entered and shown in Europe/Paris time.</summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>A Paris wall-clock date and time as an instant with its offset.</summary>
    public static DateTimeOffset At(DateTime date, TimeSpan time)
    {
        var local = DateTime.SpecifyKind(date.Date + time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static DateTimeOffset ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>A moment in Paris time, as the interface's language writes it ("2 déc. 2026 18:30").</summary>
    public static string Format(DateTimeOffset instant) => UiDates.Moment(instant);
}
