using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Attendance figures: per held workshop and the running average.</summary>
public static class AttendanceApi
{
    public static RouteGroupBuilder MapAttendanceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/attendance", ListAsync)
            .WithName("AttendanceFigures")
            .WithSummary("Attendance of held workshops, most recent first, with the running and overall averages.");
        api.MapGet("/{id:guid}/attendance", GetAsync)
            .WithName("WorkshopAttendance")
            .WithSummary("One held workshop's attendance.");
        return api;
    }

    public static async Task<Ok<AttendanceFigures>> ListAsync(
        [AsParameters] PageRequest page, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        var all = await HeldChronologicallyAsync(db, cancellationToken);
        var items = all.AsEnumerable().Reverse().Skip(page.Skip).Take(page.Size).ToList();
        var average = all.Count == 0 ? 0 : all[^1].RunningAverage;
        return TypedResults.Ok(new AttendanceFigures(all.Count, average,
            new PagedList<WorkshopAttendance>(items, page.PageNumber, page.Size, all.Count)));
    }

    public static async Task<Results<Ok<WorkshopAttendance>, NotFound>> GetAsync(
        Guid id, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        var all = await HeldChronologicallyAsync(db, cancellationToken);
        var one = all.SingleOrDefault(a => a.WorkshopId == id);
        return one is null ? TypedResults.NotFound() : TypedResults.Ok(one);
    }

    private static async Task<List<WorkshopAttendance>> HeldChronologicallyAsync(WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        var held = await db.Workshops.AsNoTracking()
            .Where(w => w.Status == WorkshopStatus.Held)
            .OrderBy(w => w.StartsAt).ThenBy(w => w.Id)
            .ToListAsync(cancellationToken);
        var figures = new List<WorkshopAttendance>(held.Count);
        long sum = 0;
        foreach (var w in held)
        {
            var attended = w.AttendedCount ?? 0;
            sum += attended;
            figures.Add(new WorkshopAttendance(w.Id, w.Title(), w.StartsAt, w.Capacity, w.ConfirmedCount, attended,
                Math.Round((double)sum / (figures.Count + 1), 2)));
        }

        return figures;
    }
}
