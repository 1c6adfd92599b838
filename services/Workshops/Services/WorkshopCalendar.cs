using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Services;

/// <summary>
/// Writes workshops as an RFC 5545 calendar with Ical.Net: one VEVENT per workshop, its times in
/// the Europe/Paris zone, which the calendar describes in a VTIMEZONE.
/// </summary>
public static class WorkshopCalendar
{
    public const string ContentType = "text/calendar";
    public const string ProductId = "-//Planet Tech'Care//Workshops//FR";

    public static string Write(string name, IReadOnlyList<Workshop> workshops, Func<Workshop, Uri> pageOf, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", ParisTime.TimeZoneId);
        var earliest = workshops.Count == 0 ? now : workshops.Min(w => w.StartsAt);
        earliest = earliest < now ? earliest : now;
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(ParisTime.TimeZoneId, earliest.UtcDateTime.AddDays(-1), includeHistoricalData: false));

        foreach (var workshop in workshops)
        {
            var summary = workshop.SummaryFr ?? workshop.SummaryEn;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{workshop.Id}@workshops.planet-techcare",
                Summary = workshop.TitleFr ?? workshop.TitleEn,
                Description = summary,
                DtStart = InParis(workshop.StartsAt),
                DtEnd = InParis(workshop.EndsAt),
                DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId),
                Sequence = (int)Math.Min(int.MaxValue, workshop.Version),
                Status = workshop.Status == WorkshopStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
                Location = "En ligne / Online",
                Url = pageOf(workshop),
                Categories = [.. workshop.Themes],
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("The calendar could not be written.");
    }

    private static CalDateTime InParis(DateTimeOffset utc) =>
        new(DateTime.SpecifyKind(ParisTime.From(utc).DateTime, DateTimeKind.Unspecified), ParisTime.TimeZoneId);
}
