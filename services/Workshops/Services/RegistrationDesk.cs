using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Services;

/// <summary>
/// Registers (in batches, <see cref="RegistrationQueue"/>) and cancels under the workshop row's
/// lock, writing the change and its events in one transaction, so several replicas never overbook
/// and promotion never skips nor doubles anyone.
/// </summary>
public sealed class RegistrationDesk(WorkshopsDbContext db, RegistrationQueue queue, WorkshopGate gate, TimeProvider clock)
{
    public async Task<RegisterOutcome> RegisterAsync(Guid workshopId, Attendee attendee, CancellationToken cancellationToken) =>
        // Checked before queueing, so unknown ids never get a lane of their own.
        await db.Workshops.AnyAsync(w => w.Id == workshopId, cancellationToken)
            ? await queue.RegisterAsync(workshopId, attendee, cancellationToken)
            : new RegisterOutcome(RegisterResult.WorkshopNotFound, null, null, null, null);

    /// <summary>Cancels by token (a retry is a no-op) and promotes the first waitlisted person.</summary>
    public async Task<Registration?> CancelAsync(string token, CancellationToken cancellationToken)
    {
        var hash = RegistrationToken.Hash(token);
        var workshopId = await db.Registrations.Where(r => r.TokenHash == hash).Select(r => (Guid?)r.WorkshopId)
            .SingleOrDefaultAsync(cancellationToken);
        if (workshopId is null)
        {
            return null;
        }

        using var turn = await gate.EnterAsync(workshopId.Value, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workshop = await db.LockAsync(workshopId.Value, cancellationToken)
            ?? throw new InvalidOperationException("A registration without its workshop.");
        var registration = await db.Registrations.SingleAsync(r => r.TokenHash == hash, cancellationToken);
        if (registration.Status == RegistrationStatus.Cancelled)
        {
            return registration;
        }

        var now = clock.GetUtcNow();
        var heldSeat = registration.HoldsSeat;
        registration.Cancel(now);
        db.AddIntegrationEvent(new RegistrationCancelled(registration.Id, workshop.Id, heldSeat, workshop.PartnerIds));
        if (!heldSeat)
        {
            workshop.LeaveWaitlist();
        }
        else
        {
            workshop.ReleaseSeat();
            if (workshop.Status == WorkshopStatus.Scheduled)
            {
                await PromoteAsync(workshop, now, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return registration;
    }

    /// <summary>
    /// Cancels every confirmed or waitlisted registration of a cancelled workshop (whose row the
    /// caller holds locked) and queues a <see cref="RegistrationCancelled"/> for each.
    /// </summary>
    public async Task CancelLiveRegistrationsAsync(Workshop workshop, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var live = await db.Registrations
            .Where(r => r.WorkshopId == workshop.Id && r.Status != RegistrationStatus.Cancelled)
            .OrderBy(r => r.Sequence)
            .ToListAsync(cancellationToken);
        foreach (var registration in live)
        {
            var heldSeat = registration.HoldsSeat;
            registration.Cancel(now);
            if (heldSeat)
            {
                workshop.ReleaseSeat();
            }
            else
            {
                workshop.LeaveWaitlist();
            }

            db.AddIntegrationEvent(new RegistrationCancelled(registration.Id, workshop.Id, heldSeat, workshop.PartnerIds));
        }
    }

    /// <summary>Promotes into free seats and queues a <see cref="RegistrationPromoted"/> for each.</summary>
    public async Task PromoteAsync(Workshop workshop, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var promoted in await db.PromoteWaitlistAsync(workshop, now, cancellationToken))
        {
            db.AddIntegrationEvent(new RegistrationPromoted(promoted.Id, workshop.Id, promoted.Name, promoted.Organisation, workshop.PartnerIds));
        }
    }
}
