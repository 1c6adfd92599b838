using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Problems;
using PlanetTechCare.ServiceDefaults.Security;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>
/// One staff decision: the move, its history entry and its event in one SaveChanges. A retry of a
/// decision already taken answers the current state and emits nothing more.
/// </summary>
public static class Transitions
{
    public static async Task<Results<Ok<SignatoryDetails>, NotFound, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        Guid id, StaffActionRequest? request, ClaimsPrincipal user, SignatoriesDbContext db, TimeProvider clock,
        SignatoryStatus target, bool reasonRequired, Action<Signatory, string, DateTimeOffset, string?> move, CancellationToken cancellationToken)
    {
        var reason = request?.Reason.TrimmedOrNull();
        if (reasonRequired && reason is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [ValidationMessages.Required] });
        }

        var by = Actor.Describe(user, request?.By.TrimmedOrNull());

        var signatory = await db.Signatories.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signatory is null)
        {
            return TypedResults.NotFound();
        }

        if (signatory.Status == target)
        {
            return TypedResults.Ok(signatory.ToDetails());
        }

        var from = signatory.Status;
        move(signatory, by, clock.GetUtcNow(), reason);

        db.AddIntegrationEvent(SignatoryEvents.ForTransition(signatory, from));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile();
        }

        return TypedResults.Ok(signatory.ToDetails());
    }

    public static ProblemHttpResult ChangedMeanwhile() => ProblemTypes.Conflict(
        ProblemTypes.ConcurrentChange, "The signatory changed meanwhile.", "Read it again and retry.");
}
