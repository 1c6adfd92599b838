using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net;
using PlanetTechCare.Calendars;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Services;

/// <summary>
/// Writes workshops as an RFC 5545 calendar with Ical.Net: one VEVENT per workshop, its times in
/// the Europe/Paris zone, which the calendar describes in a VTIMEZONE. Texts come in the language
/// asked for, or in the other one where a workshop has no translation; each text's LANGUAGE
/// parameter says which it is. Its UIDs are those of every calendar of the platform (<see cref="WorkshopCalendarEvents"/>).
/// </summary>
public static class WorkshopCalendar
{
    public const string ContentType = WorkshopCalendarEvents.ContentType;

    public static string Write(string name, IReadOnlyList<Workshop> workshops, Func<Workshop, Uri> pageOf, DateTimeOffset now, string language)
    {
        var calendar = new Calendar { ProductId = WorkshopCalendarEvents.ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", ParisTime.TimeZoneId);
        var earliest = workshops.Count == 0 ? now : workshops.Min(w => w.StartsAt);
        earliest = earliest < now ? earliest : now;
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(ParisTime.TimeZoneId, earliest.UtcDateTime.AddDays(-1), includeHistoricalData: false));

        foreach (var workshop in workshops)
        {
            var calendarEvent = new CalendarEvent
            {
                Uid = WorkshopCalendarEvents.Uid(workshop.Id),
                DtStart = InParis(workshop.StartsAt),
                DtEnd = InParis(workshop.EndsAt),
                DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId),
                Sequence = (int)Math.Min(int.MaxValue, workshop.Version),
                Status = workshop.Status == WorkshopStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
                Url = pageOf(workshop),
                Categories = [.. workshop.Themes],
            };
            AddText(calendarEvent, "SUMMARY", BilingualText.Pick(workshop.TitleFr, workshop.TitleEn, language));
            AddText(calendarEvent, "DESCRIPTION", BilingualText.Pick(workshop.SummaryFr, workshop.SummaryEn, language));
            AddText(calendarEvent, "LOCATION", (language == ServedLanguages.English ? "Online" : "En ligne", language));
            calendar.Events.Add(calendarEvent);
        }

        return WorkshopCalendarEvents.Serialize(calendar);
    }

    private static void AddText(CalendarEvent calendarEvent, string property, (string? Text, string Language) text) =>
        WorkshopCalendarEvents.AddText(calendarEvent, property, text.Text, text.Language);

    private static CalDateTime InParis(DateTimeOffset utc) =>
        new(DateTime.SpecifyKind(ParisTime.From(utc).DateTime, DateTimeKind.Unspecified), ParisTime.TimeZoneId);
}
