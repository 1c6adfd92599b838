using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Contracts;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;
using PlanetTechCare.Workshops.Services;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>After the workshop: attendance (→ WorkshopHeld) and the replay (→ ReplayPublished).</summary>
public static class HeldWorkshopTransitions
{
    public static async Task<Results<Ok<StaffWorkshopResponse>, NotFound, ValidationProblem>> RecordAttendanceAsync(
        Guid id, AttendanceRequest request, WorkshopsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workshop = await db.LockAsync(id, cancellationToken);
        if (workshop is null)
        {
            return TypedResults.NotFound();
        }

        var confirmed = await db.Registrations
            .Where(r => r.WorkshopId == id && r.Status == RegistrationStatus.Confirmed).ToListAsync(cancellationToken);
        var attended = request.AttendedRegistrationIds!.ToHashSet();
        if (attended.Except(confirmed.Select(r => r.Id)).Any())
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["attendedRegistrationIds"] = ["Every id must be a confirmed registration of this workshop."],
            });
        }

        if (workshop.RecordHeld(attended.Count, clock.GetUtcNow()))
        {
            db.AddIntegrationEvent(new WorkshopHeld(workshop.Id, workshop.Title(), workshop.ConfirmedCount, attended.Count, workshop.Version));
        }

        confirmed.ForEach(r => r.RecordAttendance(attended.Contains(r.Id)));

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(StaffWorkshopResponse.From(workshop, await db.PartnerNamesAsync([workshop], cancellationToken)));
    }

    public static async Task<Results<Ok<StaffWorkshopResponse>, NotFound>> AttachReplayAsync(
        Guid id, ReplayRequest request, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workshop = await db.LockAsync(id, cancellationToken);
        if (workshop is null)
        {
            return TypedResults.NotFound();
        }

        var names = await db.PartnerNamesAsync([workshop], cancellationToken);
        var url = request.ReplayUrl!.Trim();
        if (workshop.AttachReplay(url, [.. request.Languages!.Distinct()]))
        {
            db.AddIntegrationEvent(new ReplayPublished(workshop.Id, workshop.Title(), workshop.Summary(), new Uri(url),
                workshop.ReplayLanguages, workshop.Themes, workshop.Partners(names), workshop.ContractSpeakers(),
                workshop.HeldAt ?? workshop.EndsAt));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok(StaffWorkshopResponse.From(workshop, names));
    }
}
