using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Public reads: upcoming and past workshops, and one workshop.</summary>
public static class WorkshopsApi
{
    public const string BasePath = "/api/v1/workshops";

    public static RouteGroupBuilder MapWorkshopsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).WithTags("Workshops");

        api.MapGet("/", ListUpcomingAsync)
            .WithName("ListUpcomingWorkshops")
            .WithSummary("Upcoming workshops (not yet ended), soonest first, filtered by theme, partner, format and dates (404 for a theme no workshop has or an unknown partner).");
        api.MapGet("/past", ListPastAsync)
            .WithName("ListPastWorkshops")
            .WithSummary("Past workshops, most recent first, with the same filters.");
        api.MapGet("/{id:guid}", GetWorkshopAsync)
            .WithName("GetWorkshop")
            .WithSummary("One workshop (drafts are not public).");
        api.MapWorkshopPage();

        api.MapRegistrationsApi();
        api.MapCalendarApi();
        api.MapAttendanceApi();
        api.MapPublicPartnersApi();
        return api;
    }

    public static Task<Results<Ok<PagedList<WorkshopResponse>>, ProblemHttpResult>> ListUpcomingAsync(
        [AsParameters] PageRequest page, [AsParameters] WorkshopFilter filter, WorkshopsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return ListAsync(page, filter, db, q => q.Where(w => w.EndsAt >= now).OrderBy(w => w.StartsAt).ThenBy(w => w.Id), cancellationToken);
    }

    public static Task<Results<Ok<PagedList<WorkshopResponse>>, ProblemHttpResult>> ListPastAsync(
        [AsParameters] PageRequest page, [AsParameters] WorkshopFilter filter, WorkshopsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return ListAsync(page, filter, db, q => q.Where(w => w.EndsAt < now).OrderByDescending(w => w.StartsAt).ThenBy(w => w.Id), cancellationToken);
    }

    public static async Task<Results<Ok<WorkshopResponse>, NotFound>> GetWorkshopAsync(
        Guid id, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.AsNoTracking()
            .SingleOrDefaultAsync(w => w.Id == id && w.Status != WorkshopStatus.Draft, cancellationToken);
        if (workshop is null)
        {
            return TypedResults.NotFound();
        }

        var names = await db.PartnerNamesAsync([workshop], cancellationToken);
        return TypedResults.Ok(workshop.ToResponse(names));
    }

    private static async Task<Results<Ok<PagedList<WorkshopResponse>>, ProblemHttpResult>> ListAsync(
        PageRequest page, WorkshopFilter filter, WorkshopsDbContext db,
        Func<IQueryable<Workshop>, IQueryable<Workshop>> order, CancellationToken cancellationToken)
    {
        if (await UnknownFilter.CheckAsync(db, filter.Theme, filter.Partner, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        var query = order(filter.Apply(db.Workshops.AsNoTracking().Where(w => w.Status != WorkshopStatus.Draft)));
        var list = await query.ToPagedListAsync(page, cancellationToken);
        var names = await db.PartnerNamesAsync(list.Items, cancellationToken);
        return TypedResults.Ok(new PagedList<WorkshopResponse>(
            [.. list.Items.Select(w => w.ToResponse(names))], list.Page, list.PageSize, list.Total));
    }
}
