using Microsoft.AspNetCore.Http.HttpResults;
using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Messaging.Data;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Signatories.Apis;

public static class SignatoriesApi
{
    public static RouteGroupBuilder MapSignatoriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/signatories").WithTags("Signatories");

        api.MapGet("/", ListSignatoriesAsync)
            .WithName("ListSignatories")
            .WithSummary("Approved signatories, newest first, one page at a time.");

        return api;
    }

    public static async Task<Results<Ok<PagedList<SignatorySummary>>, ValidationProblem>> ListSignatoriesAsync(
        [AsParameters] PageRequest page, SignatoriesDbContext db, CancellationToken cancellationToken)
    {
        var errors = page.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var list = await db.Signatories
            .OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Select(e => new SignatorySummary(e.Id, e.LegalName, e.CreatedAt))
            .ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(list);
    }
}
