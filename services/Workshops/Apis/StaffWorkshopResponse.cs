using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>A workshop as staff see it: the public view plus the meeting link and seat count.</summary>
public sealed record StaffWorkshopResponse(
    Guid Id, string Status, WorkshopResponse Workshop, string? MeetingUrl, int ConfirmedCount, string? CancellationReason, string? CreationKey)
{
    public static StaffWorkshopResponse From(Workshop w, IReadOnlyDictionary<Guid, string> partnerNames)
    {
        var view = w.ToResponse(partnerNames);
        return new(w.Id, view.Status, view, w.MeetingUrl, w.ConfirmedCount, w.CancellationReason, w.CreationKey);
    }
}
