using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Contracts;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Turns workshops into responses and event details, with their partners' names.</summary>
public static class WorkshopMapper
{
    public static async Task<IReadOnlyDictionary<Guid, string>> PartnerNamesAsync(
        this WorkshopsDbContext db, IEnumerable<Workshop> workshops, CancellationToken cancellationToken)
    {
        var ids = workshops.SelectMany(w => w.PartnerIds).Distinct().ToList();
        return await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
    }

    public static WorkshopResponse ToResponse(this Workshop w, IReadOnlyDictionary<Guid, string> partnerNames) =>
        new(w.Id, w.Title(), w.Summary(), w.Format, w.Themes, w.Partners(partnerNames),
            [.. w.Speakers.Select(s => new SpeakerResponse(s.Name, s.Organisation, s.Role, s.Bio))],
            w.StartsAt, w.EndsAt, ParisTime.From(w.StartsAt), ParisTime.From(w.EndsAt), ParisTime.TimeZoneId,
            w.Capacity, w.FreeSeats, w.RegistrationOpensAt, w.RegistrationClosesAt, w.Status.ToString().ToLowerInvariant(),
            w.CancellationReason, w.ReplayUrl, w.ReplayLanguages, w.AttendedCount, w.Version);

    public static WorkshopDetails ToDetails(this Workshop w, IReadOnlyDictionary<Guid, string> partnerNames) =>
        new(w.Title(), w.Summary(), w.Format, w.Themes, w.Partners(partnerNames),
            w.ContractSpeakers(), w.StartsAt, w.EndsAt, w.Capacity);

    public static LocalizedText Title(this Workshop w) => new(w.TitleFr, w.TitleEn);

    public static LocalizedText? Summary(this Workshop w) =>
        w.SummaryFr is null && w.SummaryEn is null ? null : new LocalizedText(w.SummaryFr, w.SummaryEn);

    public static IReadOnlyList<WorkshopPartner> Partners(this Workshop w, IReadOnlyDictionary<Guid, string> partnerNames) =>
        [.. w.PartnerIds.Where(partnerNames.ContainsKey).Select(id => new WorkshopPartner(id, partnerNames[id]))];

    public static IReadOnlyList<WorkshopSpeaker> ContractSpeakers(this Workshop w) =>
        [.. w.Speakers.Select(s => new WorkshopSpeaker(s.Name, s.Organisation, s.Role))];
}
