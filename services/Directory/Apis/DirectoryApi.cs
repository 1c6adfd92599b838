using Microsoft.AspNetCore.Http.HttpResults;
using PlanetTechCare.Directory.Data;
using PlanetTechCare.Messaging.Data;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Directory.Apis;

public static class DirectoryApi
{
    public static RouteGroupBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/directory/listings").WithTags("Directory");

        api.MapGet("/", ListListingsAsync)
            .WithName("ListListings")
            .WithSummary("Directory listings, newest first, one page at a time.");

        return api;
    }

    public static async Task<Results<Ok<PagedList<ListingSummary>>, ValidationProblem>> ListListingsAsync(
        [AsParameters] PageRequest page, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var errors = page.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var list = await db.Listings
            .OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Select(e => new ListingSummary(e.Id, e.Name, e.CreatedAt))
            .ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(list);
    }
}
