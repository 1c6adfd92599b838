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
    private static readonly Dictionary<string, ItemStatus> StatusNames = Enum.GetValues<ItemStatus>()
        .ToDictionary(s => LocalizedView.StatusName(s), StringComparer.Ordinal);

    public static RouteGroupBuilder MapStaffContentApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup(ContentApi.BasePath + "/staff/items").WithTags("Content (staff)")
            .RequireScopes(Scopes.ContentWrite, Scopes.ContentWrite);

        staff.MapGet("/", ListAsync).WithName("ListStaffItems")
            .WithSummary("Items in any status (?status=draft|in-review|published|archived, ?type=, ?workshopId=), most recently changed first.");
        staff.MapGet("/{id:guid}", GetAsync).WithName("GetStaffItem")
            .WithSummary("One item in any status with all its versions.");
        staff.MapPost("/", ItemCreation.CreateAsync).WithName("CreateItem").Accepts<CreateItemRequest>("application/json")
            .WithSummary("Creates a draft item (idempotent with an Idempotency-Key header).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/{id:guid}/versions/{lang}", VersionEditing.WriteVersionAsync).WithName("WriteItemVersion")
            .Accepts<VersionRequest>("application/json")
            .WithSummary("Adds or replaces the French or English version of an item (Markdown body, rendered and sanitised).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        ItemTransitions.Map(staff);
        return staff;
    }

    public static async Task<Results<Ok<PagedList<StaffItemView>>, ValidationProblem>> ListAsync(
        string? status, string? type, string? workshopId, [AsParameters] PageRequest page, ContentDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();

        Guid? workshop = Guid.TryParse(workshopId, out var parsed) ? parsed : null;
        if (workshopId is not null && workshop is null)
        {
            errors["workshopId"] = ["A workshop id is a GUID."];
        }

        if (status is not null && !StatusNames.ContainsKey(status))
        {
            errors["status"] = [$"Unknown status '{status}'; known: {string.Join(", ", StatusNames.Keys)}."];
        }

        if (type is not null && !ItemTypes.All.Contains(type))
        {
            errors["type"] = [$"Unknown type '{type}'; known: {string.Join(", ", ItemTypes.All)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Items.AsNoTracking();
        if (status is not null)
        {
            var wanted = StatusNames[status];
            query = query.Where(i => i.Status == wanted);
        }

        if (type is not null)
        {
            query = query.Where(i => i.Type == type);
        }

        if (workshop is not null)
        {
            query = query.Where(i => i.WorkshopId == workshop);
        }

        var list = await query.OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id).ToPagedListAsync(page, cancellationToken);
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

    internal static ValidationProblem UnknownLanguage(string lang) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["lang"] = [$"Unknown language '{lang}'; known: {string.Join(", ", Languages.All)}."],
        });
}
