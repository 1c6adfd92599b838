using Microsoft.AspNetCore.Http.HttpResults;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Messaging.Data;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Workshops.Apis;

public static class WorkshopsApi
{
    public static RouteGroupBuilder MapWorkshopsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/workshops").WithTags("Workshops");

        api.MapGet("/", ListWorkshopsAsync)
            .WithName("ListWorkshops")
            .WithSummary("Workshops, newest first, one page at a time.");

        return api;
    }

    public static async Task<Results<Ok<PagedList<WorkshopSummary>>, ValidationProblem>> ListWorkshopsAsync(
        [AsParameters] PageRequest page, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        var errors = page.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var list = await db.Workshops
            .OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Select(e => new WorkshopSummary(e.Id, e.Title, e.CreatedAt))
            .ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(list);
    }
}
