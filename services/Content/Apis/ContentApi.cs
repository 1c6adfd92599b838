using Microsoft.AspNetCore.Http.HttpResults;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Messaging.Data;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Content.Apis;

public static class ContentApi
{
    public static RouteGroupBuilder MapContentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/content/items").WithTags("Content");

        api.MapGet("/", ListItemsAsync)
            .WithName("ListItems")
            .WithSummary("Library items, newest first, one page at a time.");

        return api;
    }

    public static async Task<Results<Ok<PagedList<ContentItemSummary>>, ValidationProblem>> ListItemsAsync(
        [AsParameters] PageRequest page, ContentDbContext db, CancellationToken cancellationToken)
    {
        var errors = page.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var list = await db.Items
            .OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Select(e => new ContentItemSummary(e.Id, e.Title, e.CreatedAt))
            .ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(list);
    }
}
