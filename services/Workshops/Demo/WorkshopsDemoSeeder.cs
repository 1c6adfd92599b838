using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceData.Demo;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.Workshops.Apis;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;
using PlanetTechCare.Workshops.Services;

namespace PlanetTechCare.Workshops.Demo;

/// <summary>
/// Partners and a year and more of monthly workshops, through the staff and registration endpoints
/// as real use goes, each at the moment it would have happened: created and scheduled, then people
/// register; a past one is held (its attendance recorded) and gets its replay. So every event
/// follows: the library gets a replay item per held workshop, the hosting partners' apps the
/// registration events. A workshop already complete is skipped; one left half-way is completed.
/// </summary>
public sealed partial class WorkshopsDemoSeeder(WorkshopsDbContext db, TimeProvider clock, ILogger<WorkshopsDemoSeeder> logger) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var partners = new Dictionary<string, Guid>();
        foreach (var (name, website, fr, en) in DemoPartners.All)
        {
            var partner = DemoResults.ValueOf<PartnerResponse>(
                await PartnersApi.CreateAsync(new PartnerRequest(name, website, null, fr, en), db, clock, cancellationToken));
            partners[name] = partner.Id;
        }

        var completed = 0;
        foreach (var entry in DemoWorkshops.All)
        {
            completed += await SeedAsync(entry, partners, cancellationToken) ? 1 : 0;
        }

        LogSeeded(logger, completed);
    }

    private async Task<bool> SeedAsync(DemoWorkshops.Entry entry, Dictionary<string, Guid> partners, CancellationToken cancellationToken)
    {
        var key = $"demo-{entry.Date:yyyy-MM-dd}";
        var now = clock.GetUtcNow();
        var request = DemoWorkshops.RequestFor(entry, partners);
        var past = request.EndsAt < now;
        var registrations = past ? 120 + (entry.Date.Month * 7 % 35) : 40 + entry.Date.Month;
        if (await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.CreationKey == key, cancellationToken) is { } existing
            && (past ? existing.ReplayUrl is not null : existing.ConfirmedCount + existing.WaitlistCount >= registrations))
        {
            return false;
        }

        var created = DemoResults.ValueOf<StaffWorkshopResponse>(await StaffWorkshopsApi.CreateAsync(request, new IdempotencyKeyHeader { Key = key }, db, clock, cancellationToken));
        var id = created.Id;
        if (created.Status == "draft")
        {
            DemoResults.ValueOf<StaffWorkshopResponse>(await StaffWorkshopsApi.ScheduleAsync(id, db, cancellationToken));
        }

        // The demo's attendees registered one a minute, from twenty days before the workshop.
        var opened = request.StartsAt!.Value.AddDays(-20);
        var pending = Enumerable.Range(1, registrations).Select(i => new PendingRegistration(
            new Attendee($"Participant {i}", $"participant{i}.{entry.Date:yyyyMM}@example.org", $"Organisation {i % 40}", null, true, "fr"),
            opened.AddMinutes(i))).ToList();
        db.ChangeTracker.Clear();
        await db.RegisterBatchAsync(id, pending, cancellationToken);

        db.ChangeTracker.Clear();
        if (past)
        {
            var attended = await db.Registrations.AsNoTracking()
                .Where(r => r.WorkshopId == id && r.Status == RegistrationStatus.Confirmed && r.Sequence % 5 != 0)
                .Select(r => r.Id).ToListAsync(cancellationToken);
            DemoResults.ValueOf<StaffWorkshopResponse>(await HeldWorkshopTransitions.RecordAttendanceAsync(
                id, new AttendanceRequest(attended), db, new FixedClock(request.EndsAt!.Value), cancellationToken));
            DemoResults.ValueOf<StaffWorkshopResponse>(await HeldWorkshopTransitions.AttachReplayAsync(
                id, new ReplayRequest($"https://replays.example.org/ptc-{entry.Date:yyyyMMdd}", ["fr"]), db, cancellationToken));
        }

        db.ChangeTracker.Clear();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Completed} workshops seeded")]
    private static partial void LogSeeded(ILogger logger, int completed);
}
