using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Services;

/// <summary>
/// Registers a workshop's pending registrations in arrival order in one transaction: one lock of
/// the workshop's row, the repeats found in one query, every registration and its event inserted
/// together, one commit (group commit). Each request still gets its own answer: created (confirmed
/// or waitlisted, with its place), the live registration it repeats, or closed. Each new registration
/// also queues how to reach its attendee (<see cref="RegistrationContactRecorded"/>, for the notifications service).
/// </summary>
public static class RegistrationBatch
{
    private const string UniqueViolation = "23505";
    private const int Attempts = 3;

    public static async Task<IReadOnlyList<RegisterOutcome>> RegisterBatchAsync(
        this WorkshopsDbContext db, Guid workshopId, IReadOnlyList<PendingRegistration> pending, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RegisterOnceAsync(db, workshopId, pending, cancellationToken);
            }
            catch (DbUpdateException exception) when (attempt < Attempts && exception.InnerException is PostgresException { SqlState: UniqueViolation })
            {
                // A registration written without the row's lock took one of these e-mails: the next attempt answers with it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<IReadOnlyList<RegisterOutcome>> RegisterOnceAsync(
        WorkshopsDbContext db, Guid workshopId, IReadOnlyList<PendingRegistration> pending, CancellationToken cancellationToken)
    {
        var outcomes = new RegisterOutcome[pending.Count];
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var workshop = await db.LockAsync(workshopId, cancellationToken);
            if (workshop is null)
            {
                return [.. pending.Select(_ => new RegisterOutcome(RegisterResult.WorkshopNotFound, null, null, null, null))];
            }

            // Read under the lock: every registration committed before it is seen, so none is taken twice.
            var emails = pending.Select(p => Registration.NormalizeEmail(p.Attendee.Email)).Distinct().ToList();
            var live = await db.Registrations
                .Where(r => r.WorkshopId == workshopId && emails.Contains(r.NormalizedEmail) && r.Status != RegistrationStatus.Cancelled)
                .ToDictionaryAsync(r => r.NormalizedEmail, cancellationToken);
            for (var i = 0; i < pending.Count; i++)
            {
                var email = Registration.NormalizeEmail(pending[i].Attendee.Email);
                outcomes[i] = live.TryGetValue(email, out var known)
                    ? new RegisterOutcome(RegisterResult.Existing, known, workshop, null, null)
                    : Register(db, workshop, pending[i]);
                if (outcomes[i] is { Result: RegisterResult.Created, Registration: { } created })
                {
                    live[email] = created;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i] is { Result: RegisterResult.Existing, Registration: { Status: RegistrationStatus.Waitlisted } repeated })
            {
                outcomes[i] = outcomes[i] with { Position = await db.WaitlistPositionAsync(repeated, cancellationToken) };
            }
        }

        return outcomes;
    }

    private static RegisterOutcome Register(WorkshopsDbContext db, Workshop workshop, PendingRegistration pending)
    {
        if (!workshop.IsOpenForRegistration(pending.ArrivedAt))
        {
            return new RegisterOutcome(RegisterResult.RegistrationClosed, null, workshop, null, null);
        }

        var seated = workshop.TryTakeSeat();
        var token = RegistrationToken.New();
        var registration = Registration.Create(
            Guid.CreateVersion7(), workshop.Id, pending.Attendee, workshop.NextSequence(), seated, RegistrationToken.Hash(token), pending.ArrivedAt);
        db.Registrations.Add(registration);
        var position = seated ? (int?)null : workshop.WaitlistCount;
        var trace = Activity.Current;
        Activity.Current = pending.Trace;
        db.AddIntegrationEvent(new RegistrationContactRecorded(
            registration.Id, workshop.Id, registration.Name, registration.Email, registration.Language, token, workshop.MeetingUrl));
        db.AddIntegrationEvent(seated
            ? new RegistrationConfirmed(registration.Id, workshop.Id, registration.Name, registration.Organisation, registration.SignatoryId, workshop.PartnerIds)
            : new RegistrationWaitlisted(registration.Id, workshop.Id, registration.Name, registration.Organisation, position!.Value, workshop.PartnerIds));
        Activity.Current = trace;
        return new RegisterOutcome(RegisterResult.Created, registration, workshop, token, position);
    }
}
