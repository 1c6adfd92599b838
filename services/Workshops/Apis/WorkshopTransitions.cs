using Microsoft.AspNetCore.Http.HttpResults;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;
using PlanetTechCare.Workshops.Services;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Status changes, each written with its event in one transaction under the row lock.</summary>
public static class WorkshopTransitions
{
    private const string ProblemBase = "https://planet-techcare.example/problems/";

    public static async Task<Results<Ok<StaffWorkshopResponse>, NotFound, ProblemHttpResult>> ScheduleAsync(
        Guid id, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workshop = await db.LockAsync(id, cancellationToken);
        if (workshop is null)
        {
            return TypedResults.NotFound();
        }

        if (workshop.Status is not (WorkshopStatus.Draft or WorkshopStatus.Scheduled))
        {
            return Conflict($"A {workshop.Status.ToString().ToLowerInvariant()} workshop cannot be scheduled.");
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

    public static async Task<Results<Ok<StaffWorkshopResponse>, NotFound, ProblemHttpResult, ValidationProblem>> CancelAsync(
        Guid id, string? reason, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        if (reason is { Length: > Limits.Reason })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [$"At most {Limits.Reason} characters."] });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workshop = await db.LockAsync(id, cancellationToken);
        if (workshop is null)
        {
            return TypedResults.NotFound();
        }

        if (workshop.Status == WorkshopStatus.Held)
        {
            return Conflict("A held workshop cannot be cancelled.");
        }

        if (workshop.Cancel(reason))
        {
            db.AddIntegrationEvent(new WorkshopCancelled(workshop.Id, workshop.Title(), reason, workshop.Version));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok(StaffWorkshopResponse.From(workshop, await db.PartnerNamesAsync([workshop], cancellationToken)));
    }

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Not allowed in this status", type: ProblemBase + "workshop-status");
}
