using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Seed;

/// <summary>
/// Development demo data (on with <c>DemoData:Enabled=true</c>): partners and monthly workshops,
/// past ones held with registrations, attendance and a replay. Idempotent, and safe with several
/// replicas (an advisory lock serialises them; what exists is skipped). Writes no events.
/// </summary>
public sealed partial class DemoDataSeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DemoDataSeeder> logger) : IHostedService
{
    private const long AdvisoryLockKey = 4_2025_10_28;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkshopsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        var now = clock.GetUtcNow();

        var partners = await db.Partners.ToDictionaryAsync(p => p.Name, cancellationToken);
        foreach (var (name, website, fr, en) in DemoPartners.All.Where(p => !partners.ContainsKey(p.Name)))
        {
            var partner = new Partner(Guid.CreateVersion7(), name, now);
            partner.Describe(name, website, null, fr, en);
            db.Partners.Add(partner);
            partners[name] = partner;
        }

        var added = 0;
        foreach (var entry in DemoWorkshops.All)
        {
            var key = $"demo-{entry.Date:yyyy-MM-dd}";
            if (await db.Workshops.AnyAsync(w => w.CreationKey == key, cancellationToken))
            {
                continue;
            }

            db.Workshops.Add(Build(entry, key, partners, now, db));
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSeeded(logger, added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static Workshop Build(DemoWorkshops.Entry entry, string key, Dictionary<string, Partner> partners, DateTimeOffset now, WorkshopsDbContext db)
    {
        var start = new DateTimeOffset(entry.Date.ToDateTime(new TimeOnly(14, 0)), ParisTime.Zone.GetUtcOffset(entry.Date.ToDateTime(new TimeOnly(14, 0)))).ToUniversalTime();
        var content = new WorkshopContent(entry.TitleFr, entry.TitleEn,
            $"Atelier mensuel Planet Tech'Care : {entry.TitleFr}.", $"Planet Tech'Care monthly workshop: {entry.TitleEn}.",
            entry.Format, entry.Themes, [.. entry.Partners.Select(p => partners[p].Id)], entry.Speakers,
            start, start.AddMinutes(90), $"https://meet.example.org/ptc-{entry.Date:yyyyMMdd}", 150, start.AddDays(-30), start);
        var workshop = Workshop.Create(Guid.CreateVersion7(), content, now, key);
        workshop.Schedule();

        var past = workshop.EndsAt < now;
        var count = past ? 120 + (entry.Date.Month * 7 % 35) : 40 + entry.Date.Month;
        var registrations = new List<Registration>();
        for (var i = 1; i <= count; i++)
        {
            var attendee = new Attendee($"Participant {i}", $"participant{i}.{entry.Date:yyyyMM}@example.org", $"Organisation {i % 40}", null, true);
            var seated = workshop.TryTakeSeat();
            registrations.Add(Registration.Create(Guid.CreateVersion7(), workshop.Id, attendee, workshop.NextSequence(), seated,
                RegistrationToken.Hash(RegistrationToken.New()), workshop.StartsAt.AddDays(-20).AddMinutes(i)));
        }

        if (past)
        {
            var attended = 0;
            foreach (var registration in registrations.Where(r => r.HoldsSeat))
            {
                var came = registration.Sequence % 5 != 0;
                registration.RecordAttendance(came);
                attended += came ? 1 : 0;
            }

            workshop.RecordHeld(attended, workshop.EndsAt);
            workshop.AttachReplay($"https://replays.example.org/ptc-{entry.Date:yyyyMMdd}", ["fr"]);
        }

        db.Registrations.AddRange(registrations);
        return workshop;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Added} workshops added")]
    private static partial void LogSeeded(ILogger logger, int added);
}
