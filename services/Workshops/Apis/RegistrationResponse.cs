using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>
/// A registration as its owner sees it. <see cref="CancellationToken"/> comes only in the answer
/// that created it; <see cref="MeetingUrl"/> only to its owner once confirmed, and never once the
/// workshop is cancelled.
/// </summary>
public sealed record RegistrationResponse(
    Guid Id,
    Guid WorkshopId,
    string Name,
    string? Organisation,
    string Status,
    int? WaitlistPosition,
    DateTimeOffset RegisteredAt,
    string? CancellationToken,
    string? MeetingUrl)
{
    public static RegistrationResponse From(Registration r, Workshop? workshop, int? position, string? token, bool owner) =>
        new(r.Id, r.WorkshopId, r.Name, r.Organisation, r.Status.ToString().ToLowerInvariant(),
            r.Status == RegistrationStatus.Waitlisted ? position : null, r.RegisteredAt, token,
            owner && r.Status == RegistrationStatus.Confirmed && workshop?.Status != WorkshopStatus.Cancelled ? workshop?.MeetingUrl : null);
}
