using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Security;
using PlanetTechCare.Workshops.Data;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Staff: a workshop's registrations (JSON or CSV), its attendance and its replay.</summary>
public static class StaffRegistrationsApi
{
    public static RouteGroupBuilder MapStaffRegistrationsApi(this RouteGroupBuilder staff)
    {
        staff.MapGet("/workshops/{id:guid}/registrations", ListAsync).WithName("StaffListRegistrations")
            .WithSummary("A workshop's registrations in arrival order.");
        staff.MapGet("/workshops/{id:guid}/registrations.csv", ExportAsync).WithName("StaffExportRegistrations")
            .WithSummary("A workshop's registrations as CSV.");
        staff.MapPost("/workshops/{id:guid}/attendance", HeldWorkshopTransitions.RecordAttendanceAsync).RequireScope(Scopes.RegistrationsWrite).WithName("RecordAttendance")
            .WithSummary("Records who attended; the workshop becomes held (WorkshopHeld). Repeating it corrects the figures.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/workshops/{id:guid}/replay", HeldWorkshopTransitions.AttachReplayAsync).WithName("AttachReplay")
            .WithSummary("Attaches the replay of a held workshop (ReplayPublished); the same replay again is a no-op.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return staff;
    }

    public static async Task<Results<Ok<PagedList<StaffRegistrationRow>>, NotFound>> ListAsync(
        Guid id, [AsParameters] PageRequest page, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Workshops.AnyAsync(w => w.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var list = await db.Registrations.AsNoTracking().Where(r => r.WorkshopId == id).OrderBy(r => r.Sequence)
            .ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedList<StaffRegistrationRow>(
            [.. list.Items.Select(StaffRegistrationRow.From)], list.Page, list.PageSize, list.Total));
    }

    public static async Task<Results<ContentHttpResult, NotFound>> ExportAsync(Guid id, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Workshops.AnyAsync(w => w.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var rows = await db.Registrations.AsNoTracking().Where(r => r.WorkshopId == id).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        return TypedResults.Text(RegistrationsCsv.Write(rows.Select(StaffRegistrationRow.From)), "text/csv; charset=utf-8");
    }
}
