using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Security;
using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>
/// What staff do: the pending queue, decisions, profile updates and the history. All of it under one
/// route group (<c>/api/v1/signatories/staff</c>) so issue 6 protects it with one call.
/// </summary>
public static class StaffApi
{
    public const string StaffPath = "/staff";

    public static string LinkTo(HttpRequest http, Guid id) => $"{http.PathBase}{SignatoriesApi.BasePath}{StaffPath}/{id}";

    public static RouteGroupBuilder MapStaffApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup(StaffPath).WithTags("Signatories (staff)")
            .RequireScopes(Scopes.SignatoriesRead, Scopes.SignatoriesWrite);

        staff.MapGet("/pending", ListPendingAsync)
            .WithName("ListPendingApplications")
            .WithSummary("Applications awaiting a decision, oldest first.");
        staff.MapGet("/search", SearchAsync)
            .WithName("SearchSignatoriesAsStaff")
            .WithSummary("Organisations in any status (or one: ?status=suspended), by name, with their private contact.");
        staff.MapGet("/{id:guid}", GetDetailsAsync)
            .WithName("GetSignatoryDetails")
            .WithSummary("An application or signatory with its private contact.");
        staff.MapGet("/{id:guid}/history", GetHistoryAsync)
            .WithName("GetSignatoryHistory")
            .WithSummary("Every transition: from, to, by whom, when and why.");
        staff.MapPut("/{id:guid}/profile", ProfileUpdate.UpdateProfileAsync)
            .WithName("UpdateSignatoryProfile")
            .WithSummary("Change the public profile of a live signatory.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        MapTransition(staff, "approve", "ApproveApplication", "Approve an application.", SignatoryStatus.Approved, false,
            (s, by, at, _) => s.Approve(by, at));
        MapTransition(staff, "reject", "RejectApplication", "Reject an application, with a reason.", SignatoryStatus.Rejected, true,
            (s, by, at, reason) => s.Reject(by, at, reason!));
        MapTransition(staff, "suspend", "SuspendSignatory", "Suspend a signatory, with a reason.", SignatoryStatus.Suspended, true,
            (s, by, at, reason) => s.Suspend(by, at, reason!));
        MapTransition(staff, "reinstate", "ReinstateSignatory", "Reinstate a suspended signatory.", SignatoryStatus.Approved, false,
            (s, by, at, reason) => s.Reinstate(by, at, reason));
        MapTransition(staff, "withdraw", "WithdrawSignatory", "Record a signatory's withdrawal.", SignatoryStatus.Withdrawn, false,
            (s, by, at, reason) => s.Withdraw(by, at, reason));
        return staff;
    }

    public static async Task<Results<Ok<PagedList<SignatoryDetails>>, ValidationProblem>> ListPendingAsync(
        [AsParameters] PageRequest page, SignatoriesDbContext db, CancellationToken cancellationToken)
    {
        var pending = await db.Signatories.AsNoTracking()
            .Where(s => s.Status == SignatoryStatus.Applied)
            .OrderBy(s => s.AppliedAt).ThenBy(s => s.Id)
            .ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedList<SignatoryDetails>(
            [.. pending.Items.Select(s => s.ToDetails())], pending.Page, pending.PageSize, pending.Total));
    }

    public static async Task<Results<Ok<PagedList<SignatoryDetails>>, ValidationProblem>> SearchAsync(
        [AsParameters] StaffSearchRequest request, [AsParameters] PageRequest page, SignatoriesDbContext db, CancellationToken cancellationToken)
    {
        var found = await request.Apply(db.Signatories.AsNoTracking()).ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedList<SignatoryDetails>(
            [.. found.Items.Select(s => s.ToDetails())], found.Page, found.PageSize, found.Total));
    }

    public static async Task<Results<Ok<SignatoryDetails>, NotFound>> GetDetailsAsync(
        Guid id, SignatoriesDbContext db, CancellationToken cancellationToken)
    {
        var signatory = await db.Signatories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return signatory is null ? TypedResults.NotFound() : TypedResults.Ok(signatory.ToDetails());
    }

    public static async Task<Results<Ok<List<HistoryEntry>>, NotFound>> GetHistoryAsync(
        Guid id, SignatoriesDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Signatories.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var history = await db.Transitions.AsNoTracking()
            .Where(t => t.SignatoryId == id)
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(history.Select(t => t.ToEntry()).ToList());
    }

    private static void MapTransition(
        RouteGroupBuilder staff, string action, string name, string summary, SignatoryStatus target, bool reasonRequired,
        Action<Signatory, string, DateTimeOffset, string?> move)
    {
        staff.MapPost($"/{{id:guid}}/{action}", (Guid id, StaffActionRequest? request, ClaimsPrincipal user, SignatoriesDbContext db, TimeProvider clock,
                CancellationToken cancellationToken) => Transitions.ApplyAsync(id, request, user, db, clock, target, reasonRequired, move, cancellationToken))
            .WithName(name)
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
