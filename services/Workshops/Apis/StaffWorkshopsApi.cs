using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Contracts;
using PlanetTechCare.ServiceData;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;
using PlanetTechCare.Workshops.Services;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Staff: list, create, edit, schedule and cancel workshops.</summary>
public static class StaffWorkshopsApi
{
    public static RouteGroupBuilder MapStaffWorkshopsApi(this RouteGroupBuilder staff)
    {
        staff.MapGet("/workshops", ListAsync).WithName("StaffListWorkshops").WithSummary("Every workshop, drafts included, latest start first.");
        staff.MapGet("/workshops/{id:guid}", GetAsync).WithName("StaffGetWorkshop").WithSummary("One workshop, with its meeting link.");
        staff.MapPost("/workshops", CreateAsync).WithName("CreateWorkshop")
            .WithSummary("Creates a draft workshop. Send an Idempotency-Key header: a retry with the same key returns the first one.");
        staff.MapPut("/workshops/{id:guid}", EditAsync).WithName("EditWorkshop")
            .WithSummary("Replaces a workshop's content; a raised capacity promotes from the waitlist.");
        staff.MapPost("/workshops/{id:guid}/schedule", ScheduleAsync).WithName("ScheduleWorkshop").WithSummary("Draft → scheduled (a retry is a no-op).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/workshops/{id:guid}/cancel", CancelAsync).WithName("CancelWorkshop").WithSummary("Cancels a workshop with a reason (required) and every live registration (RegistrationCancelled each); a retry is a no-op.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return staff;
    }

    public static async Task<Ok<PagedList<StaffWorkshopResponse>>> ListAsync(
        [AsParameters] PageRequest page, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        var list = await db.Workshops.AsNoTracking().OrderByDescending(w => w.StartsAt).ThenBy(w => w.Id).ToPagedListAsync(page, cancellationToken);
        var names = await db.PartnerNamesAsync(list.Items, cancellationToken);
        return TypedResults.Ok(new PagedList<StaffWorkshopResponse>(
            [.. list.Items.Select(w => StaffWorkshopResponse.From(w, names))], list.Page, list.PageSize, list.Total));
    }

    public static async Task<Results<Ok<StaffWorkshopResponse>, NotFound>> GetAsync(Guid id, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        return workshop is null ? TypedResults.NotFound() : TypedResults.Ok(StaffWorkshopResponse.From(workshop, await db.PartnerNamesAsync([workshop], cancellationToken)));
    }

    public static async Task<Results<Created<StaffWorkshopResponse>, Ok<StaffWorkshopResponse>, ValidationProblem>> CreateAsync(
        WorkshopRequest request, [AsParameters] IdempotencyKeyHeader idempotency,
        WorkshopsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var idempotencyKey = idempotency.Value;
        var content = request.ToContent();
        if (await UnknownPartnersAsync(db, content, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        if (idempotencyKey is not null && await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.CreationKey == idempotencyKey, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(StaffWorkshopResponse.From(earlier, await db.PartnerNamesAsync([earlier], cancellationToken)));
        }

        var workshop = Workshop.Create(Guid.CreateVersion7(), content, clock.GetUtcNow(), idempotencyKey);
        db.Workshops.Add(workshop);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A concurrent retry with the same key won the race: return what it created.
            db.ChangeTracker.Clear();
            workshop = await db.Workshops.AsNoTracking().SingleAsync(w => w.CreationKey == idempotencyKey, cancellationToken);
            return TypedResults.Ok(StaffWorkshopResponse.From(workshop, await db.PartnerNamesAsync([workshop], cancellationToken)));
        }

        return TypedResults.Created($"{WorkshopsApi.BasePath}/staff/workshops/{workshop.Id}",
            StaffWorkshopResponse.From(workshop, await db.PartnerNamesAsync([workshop], cancellationToken)));
    }

    public static async Task<Results<Ok<StaffWorkshopResponse>, NotFound, ValidationProblem>> EditAsync(
        Guid id, WorkshopRequest request, WorkshopsDbContext db, RegistrationDesk desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        var content = request.ToContent();
        if (await UnknownPartnersAsync(db, content, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workshop = await db.LockAsync(id, cancellationToken);
        if (workshop is null)
        {
            return TypedResults.NotFound();
        }

        if (content.Capacity < workshop.ConfirmedCount)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["capacity"] = [$"{workshop.ConfirmedCount} seats are already taken; the capacity cannot go below that."],
            });
        }

        workshop.Edit(content);
        await desk.PromoteAsync(workshop, clock.GetUtcNow(), cancellationToken);
        var names = await db.PartnerNamesAsync([workshop], cancellationToken);
        if (workshop.Status == WorkshopStatus.Scheduled)
        {
            db.AddIntegrationEvent(new WorkshopUpdated(workshop.Id, workshop.ToDetails(names), workshop.Version));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(StaffWorkshopResponse.From(workshop, names));
    }

    public static Task<Results<Ok<StaffWorkshopResponse>, NotFound>> ScheduleAsync(
        Guid id, WorkshopsDbContext db, CancellationToken cancellationToken) =>
        WorkshopTransitions.ScheduleAsync(id, db, cancellationToken);

    public static async Task<Results<Ok<StaffWorkshopResponse>, NotFound, ValidationProblem>> CancelAsync(
        Guid id, CancelWorkshopRequest? request, WorkshopsDbContext db, RegistrationDesk desk, TimeProvider clock,
        CancellationToken cancellationToken) =>
        request is null
            ? TypedResults.ValidationProblem(CancelWorkshopRequest.MissingReason())
            : await WorkshopTransitions.CancelAsync(id, request.Reason!.Trim(), db, desk, clock, cancellationToken);

    private static async Task<ValidationProblem?> UnknownPartnersAsync(WorkshopsDbContext db, WorkshopContent content, CancellationToken cancellationToken)
    {
        var ids = content.PartnerIds.ToList();
        var known = await db.Partners.CountAsync(p => ids.Contains(p.Id), cancellationToken);
        return known == ids.Count ? null
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["partnerIds"] = ["Every partner must exist."] });
    }
}
