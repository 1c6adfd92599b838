using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using PlanetTechCare.Calendars;
using PlanetTechCare.Notifications.Domain;

namespace PlanetTechCare.Notifications.Templates;

/// <summary>
/// The calendar invitation a confirmed attendee receives (RFC 5546 <c>METHOD:REQUEST</c>): one
/// VEVENT with the workshop's UID of the platform's calendars, so that it is the same event as in
/// the public feed, at SEQUENCE 0, its times in UTC, the programme as ORGANIZER, the attendee,
/// and the meeting link as URL and location when it is known.
/// </summary>
public static class WorkshopInvitation
{
    public const string Method = "REQUEST";
    public const string FileName = "invitation.ics";

    public static string Write(WorkshopSchedule workshop, AttendeeContact attendee, string organizerEmail, DateTimeOffset now)
    {
        var language = attendee.Language;
        var calendar = new Calendar { ProductId = WorkshopCalendarEvents.ProductId, Method = Method };
        var invitation = new CalendarEvent
        {
            Uid = WorkshopCalendarEvents.Uid(workshop.WorkshopId),
            Sequence = 0,
            DtStart = Utc(workshop.StartsAt),
            DtEnd = Utc(workshop.EndsAt),
            DtStamp = Utc(now),
            Status = "CONFIRMED",
            Organizer = new Organizer($"mailto:{organizerEmail}") { CommonName = MailLayout.ProgrammeName },
            Url = Uri.TryCreate(attendee.MeetingUrl, UriKind.Absolute, out var meeting) ? meeting : null,
        };
        invitation.Attendees.Add(new Attendee($"mailto:{attendee.Email}")
        {
            CommonName = attendee.Name, Role = "REQ-PARTICIPANT", ParticipationStatus = "ACCEPTED", Rsvp = false,
        });
        WorkshopCalendarEvents.AddText(invitation, "SUMMARY", workshop.Title(language), language);
        WorkshopCalendarEvents.AddText(invitation, "LOCATION", attendee.MeetingUrl ?? (language == "en" ? "Online" : "En ligne"), language);
        calendar.Events.Add(invitation);
        return WorkshopCalendarEvents.Serialize(calendar);
    }

    private static CalDateTime Utc(DateTimeOffset time) => new(time.UtcDateTime, CalDateTime.UtcTzId);
}
