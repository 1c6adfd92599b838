using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Services;

/// <summary>
/// Locks a workshop's row (SELECT … FOR UPDATE) for the current transaction, then loads it:
/// every replica that changes seats or the waitlist queues here, so none overbooks.
/// </summary>
public static class WorkshopLock
{
    public static async Task<Workshop?> LockAsync(this WorkshopsDbContext db, Guid workshopId, CancellationToken cancellationToken)
    {
        db.Database.AutoSavepointsEnabled = false;
        var locked = await db.Workshops.FromSql($"SELECT * FROM workshops WHERE id = {workshopId} FOR UPDATE")
            .AsTracking().ToListAsync(cancellationToken);
        return locked.SingleOrDefault();
    }

    /// <summary>Gives free seats to the waitlist, first come first served; returns who was promoted.</summary>
    public static async Task<IReadOnlyList<Registration>> PromoteWaitlistAsync(
        this WorkshopsDbContext db, Workshop workshop, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (workshop.FreeSeats == 0)
        {
            return [];
        }

        var next = await db.Registrations
            .Where(r => r.WorkshopId == workshop.Id && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.Sequence)
            .Take(workshop.FreeSeats)
            .ToListAsync(cancellationToken);
        foreach (var registration in next)
        {
            workshop.SeatFromWaitlist();
            registration.Promote(now);
        }

        return next;
    }

    public static Task<int> WaitlistPositionAsync(this WorkshopsDbContext db, Registration registration, CancellationToken cancellationToken) =>
        db.Registrations.CountAsync(
            r => r.WorkshopId == registration.WorkshopId && r.Status == RegistrationStatus.Waitlisted && r.Sequence <= registration.Sequence,
            cancellationToken);
}
