using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>A staff update of the public profile; a retry (same profile) changes nothing and emits nothing.</summary>
public static class ProfileUpdate
{
    public static async Task<Results<Ok<SignatoryDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateProfileAsync(
        Guid id, HttpRequest http, SignatoriesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, errors) = await JsonBody.ReadAsync<ProfileRequest>(http);
        var profile = request is null ? null : ProfileValidation.Validate(request, errors);
        if (errors.Count > 0 || profile is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var signatory = await db.Signatories.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signatory is null)
        {
            return TypedResults.NotFound();
        }

        if (!signatory.UpdateProfile(profile, clock.GetUtcNow()))
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
