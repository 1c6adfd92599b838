using Microsoft.EntityFrameworkCore;
using Npgsql;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Services;

/// <summary>
/// Registers and cancels under the workshop row's lock, writing the change and its events in one
/// transaction, so several replicas never overbook and promotion never skips nor doubles anyone.
/// </summary>
public sealed class RegistrationDesk(WorkshopsDbContext db, WorkshopGate gate, TimeProvider clock)
{
    private const string UniqueViolation = "23505";

    public async Task<RegisterOutcome> RegisterAsync(Guid workshopId, Attendee attendee, CancellationToken cancellationToken)
    {
        var email = Registration.NormalizeEmail(attendee.Email);
        if (!await db.Workshops.AnyAsync(w => w.Id == workshopId, cancellationToken))
        {
            // Checked before taking a turn, so unknown ids never get a gate of their own.
            return new RegisterOutcome(RegisterResult.WorkshopNotFound, null, null, null, null);
        }

        // A burst of registrations waits here, in the process, rather than for database connections.
        using var turn = await gate.EnterAsync(workshopId, cancellationToken);
        // A repeat is answered here; one racing on another replica is stopped by the unique index on
        // (workshop, e-mail) of live registrations, below.
        if (await FindLiveAsync(workshopId, email, cancellationToken) is { } known)
        {
            return await ExistingAsync(known, await db.Workshops.AsNoTracking().SingleAsync(w => w.Id == workshopId, cancellationToken), cancellationToken);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var workshop = await db.LockAsync(workshopId, cancellationToken);
            if (workshop is null)
            {
                return new RegisterOutcome(RegisterResult.WorkshopNotFound, null, null, null, null);
            }

            var now = clock.GetUtcNow();
            if (!workshop.IsOpenForRegistration(now))
            {
                return new RegisterOutcome(RegisterResult.RegistrationClosed, null, workshop, null, null);
            }

            var seated = workshop.TryTakeSeat();
            var token = RegistrationToken.New();
            var registration = Registration.Create(
                Guid.CreateVersion7(), workshopId, attendee, workshop.NextSequence(), seated, RegistrationToken.Hash(token), now);
            db.Registrations.Add(registration);
            int? position = null;
            if (seated)
            {
                db.AddIntegrationEvent(new RegistrationConfirmed(
                    registration.Id, workshopId, registration.Name, registration.Organisation, registration.SignatoryId, workshop.PartnerIds));
            }
            else
            {
                position = workshop.WaitlistCount;
                db.AddIntegrationEvent(new RegistrationWaitlisted(
                    registration.Id, workshopId, registration.Name, registration.Organisation, position.Value, workshop.PartnerIds));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new RegisterOutcome(RegisterResult.Created, registration, workshop, token, position);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: UniqueViolation })
        {
            // Someone committed the same (workshop, e-mail) first: that registration is the answer.
            db.ChangeTracker.Clear();
            var existing = await FindLiveAsync(workshopId, email, cancellationToken);
            var workshop = await db.Workshops.AsNoTracking().SingleAsync(w => w.Id == workshopId, cancellationToken);
            return existing is null
                ? throw new InvalidOperationException("A unique violation without a live registration to return.", exception)
                : await ExistingAsync(existing, workshop, cancellationToken);
        }
    }

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

    private Task<Registration?> FindLiveAsync(Guid workshopId, string email, CancellationToken cancellationToken) =>
        db.Registrations.SingleOrDefaultAsync(
            r => r.WorkshopId == workshopId && r.NormalizedEmail == email && r.Status != RegistrationStatus.Cancelled,
            cancellationToken);

    private async Task<RegisterOutcome> ExistingAsync(Registration existing, Workshop workshop, CancellationToken cancellationToken)
    {
        int? position = existing.Status == RegistrationStatus.Waitlisted
            ? await db.WaitlistPositionAsync(existing, cancellationToken)
            : null;
        return new RegisterOutcome(RegisterResult.Existing, existing, workshop, null, position);
    }
}
