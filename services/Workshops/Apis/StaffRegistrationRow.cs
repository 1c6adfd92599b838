using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>A registration as staff see it, in arrival order (<see cref="Sequence"/>).</summary>
public sealed record StaffRegistrationRow(
    Guid Id, long Sequence, string Name, string Email, string? Organisation, Guid? SignatoryId, string Status,
    DateTimeOffset RegisteredAt, DateTimeOffset? PromotedAt, DateTimeOffset? CancelledAt, bool? Attended)
{
    public static StaffRegistrationRow From(Registration r) =>
        new(r.Id, r.Sequence, r.Name, r.Email, r.Organisation, r.SignatoryId, r.Status.ToString().ToLowerInvariant(),
            r.RegisteredAt, r.PromotedAt, r.CancelledAt, r.Attended);
}
