using Microsoft.AspNetCore.Http.HttpResults;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Services;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Status changes, each written with its event in one transaction under the row lock.</summary>
public static class WorkshopTransitions
{
    public static async Task<Results<Ok<StaffWorkshopResponse>, NotFound>> ScheduleAsync(
        Guid id, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workshop = await db.LockAsync(id, cancellationToken);
        if (workshop is null)
        {
            return TypedResults.NotFound();
        }

        var names = await db.PartnerNamesAsync([workshop], cancellationToken);
        if (workshop.Schedule())
        {
            db.AddIntegrationEvent(new WorkshopScheduled(workshop.Id, workshop.ToDetails(names), workshop.Version));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok(StaffWorkshopResponse.From(workshop, names));
    }

    /// <summary>
    /// Cancels the workshop and, in the same transaction, every registration still confirmed or
    /// waitlisted, each with its <see cref="RegistrationCancelled"/>. A retry finds nothing live and
    /// keeps the first reason.
    /// </summary>
    public static async Task<Results<Ok<StaffWorkshopResponse>, NotFound, ValidationProblem>> CancelAsync(
        Guid id, string reason, WorkshopsDbContext db, RegistrationDesk desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workshop = await db.LockAsync(id, cancellationToken);
        if (workshop is null)
        {
            return TypedResults.NotFound();
        }

        if (workshop.Cancel(reason))
        {
            db.AddIntegrationEvent(new WorkshopCancelled(workshop.Id, workshop.Title(), workshop.CancellationReason, workshop.Version));
        }

        await desk.CancelLiveRegistrationsAsync(workshop, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(StaffWorkshopResponse.From(workshop, await db.PartnerNamesAsync([workshop], cancellationToken)));
    }
}
