using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>A staff update of the public profile; a retry (same profile) changes nothing and emits nothing.</summary>
public static class ProfileUpdate
{
    public static async Task<Results<Ok<SignatoryDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateProfileAsync(
        Guid id, ProfileRequest request, SignatoriesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var signatory = await db.Signatories.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signatory is null)
        {
            return TypedResults.NotFound();
        }

        if (!signatory.UpdateProfile(request.ToProfile(), clock.GetUtcNow()))
        {
            return TypedResults.Ok(signatory.ToDetails());
        }

        db.AddIntegrationEvent(SignatoryEvents.ProfileUpdated(signatory));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Transitions.ChangedMeanwhile();
        }

        return TypedResults.Ok(signatory.ToDetails());
    }
}
