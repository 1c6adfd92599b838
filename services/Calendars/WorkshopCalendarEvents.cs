using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.Serialization;

namespace PlanetTechCare.Calendars;

/// <summary>
/// What every calendar the platform writes about its workshops shares, with Ical.Net: the product
/// id, the media type, and each workshop's stable UID, so that the workshops service's public feed
/// and the invitation an attendee receives by e-mail are the same event in a calendar.
/// </summary>
public static class WorkshopCalendarEvents
{
    public const string ContentType = "text/calendar";
    public const string ProductId = "-//Planet Tech'Care//Workshops//FR";

    /// <summary>The workshop's UID in every calendar (RFC 5545 §3.8.4.7): it never changes.</summary>
    public static string Uid(Guid workshopId) => $"{workshopId}@workshops.planet-techcare";

    /// <summary>Adds a text property with its <c>LANGUAGE</c> parameter; nothing when there is no text.</summary>
    public static void AddText(CalendarEvent calendarEvent, string property, string? text, string language)
    {
        if (text is null)
        {
            return;
        }

        var added = new CalendarProperty(property, text);
        added.AddParameter("LANGUAGE", language);
        calendarEvent.AddProperty(added);
    }

    public static string Serialize(Calendar calendar) =>
        new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar could not be written.");
}
