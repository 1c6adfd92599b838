using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Content.Data;
using PlanetTechCare.Content.Domain;
using PlanetTechCare.Content.Services;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Problems;
using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.Content.Apis;

/// <summary>
/// What staff do with the library, under one route group (<c>/api/v1/content/staff</c>) to be
/// protected by the identity service: list and read items in any status, create, write a
/// language version, and move items through the workflow (see <see cref="ItemTransitions"/>).
/// </summary>
public static class StaffContentApi
{
    public static RouteGroupBuilder MapStaffContentApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup(ContentApi.BasePath + "/staff/items").WithTags("Content (staff)")
            .RequireScopes(Scopes.ContentWrite, Scopes.ContentWrite);

        staff.MapGet("/", ListAsync).WithName("ListStaffItems")
            .WithSummary("Items in any status (?status=draft|in-review|published|archived, ?type=, ?workshopId=), most recently changed first.");
        staff.MapGet("/{id:guid}", GetAsync).WithName("GetStaffItem")
            .WithSummary("One item in any status with all its versions.");
        staff.MapPost("/", ItemCreation.CreateAsync).WithName("CreateItem")
            .WithSummary("Creates a draft item (idempotent with an Idempotency-Key header).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/{id:guid}/versions/{lang}", VersionEditing.WriteVersionAsync).WithName("WriteItemVersion")
            .WithSummary("Adds or replaces the French or English version of an item (Markdown body, rendered and sanitised).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        ItemTransitions.Map(staff);
        return staff;
    }

    public static async Task<Ok<PagedList<StaffItemView>>> ListAsync(
        [AsParameters] StaffItemFilter filter, [AsParameters] PageRequest page, ContentDbContext db, CancellationToken cancellationToken)
    {
        var list = await filter.Apply(db.Items.AsNoTracking())
            .OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id).ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedList<StaffItemView>([.. list.Items.Select(StaffItemView.From)], list.Page, list.PageSize, list.Total));
    }

    public static async Task<Results<Ok<StaffItemView>, NotFound>> GetAsync(Guid id, ContentDbContext db, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } item
            ? TypedResults.Ok(StaffItemView.From(item))
            : TypedResults.NotFound();

    internal static ProblemHttpResult Taken(string detail) =>
        ProblemTypes.Conflict(ProblemTypes.Taken, "A value that must be unique is used already.", detail);

    internal static ProblemHttpResult ChangedMeanwhile(string detail) =>
        ProblemTypes.Conflict(ProblemTypes.ConcurrentChange, "Another item changed meanwhile.", detail);

    /// <summary>Who takes a step: the token's actor, with the person the request names (<c>by</c>) in front.</summary>
    internal static string ActorOf(ClaimsPrincipal user, string? by) =>
        Actor.Describe(user, string.IsNullOrWhiteSpace(by) ? null : by.Trim());
}
