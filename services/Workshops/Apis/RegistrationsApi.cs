using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceDefaults.Problems;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;
using PlanetTechCare.Workshops.Services;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Public registration: register, see one's registration, cancel it with its token.</summary>
public static class RegistrationsApi
{
    public static RouteGroupBuilder MapRegistrationsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/{id:guid}/registrations", RegisterAsync)
            .WithName("RegisterToWorkshop")
            .WithSummary("Registers: confirmed while seats remain, else waitlisted. Repeating it returns the existing registration (200).");
        api.MapGet("/registrations/{token}", GetRegistrationAsync)
            .WithName("GetOwnRegistration")
            .WithSummary("One's own registration, with the meeting link once confirmed.");
        api.MapDelete("/registrations/{token}", CancelRegistrationAsync)
            .WithName("CancelOwnRegistration")
            .WithSummary("Cancels one's registration with its token; the first waitlisted person is promoted.");
        return api;
    }

    public static async Task<Results<Created<RegistrationResponse>, Ok<RegistrationResponse>, NotFound, ProblemHttpResult>>
        RegisterAsync(Guid id, RegistrationRequest request, HttpRequest http, RegistrationDesk desk, CancellationToken cancellationToken)
    {
        var outcome = await desk.RegisterAsync(id, request.ToAttendee(http.Headers.AcceptLanguage.ToString()), cancellationToken);
        return outcome.Result switch
        {
            RegisterResult.WorkshopNotFound => TypedResults.NotFound(),
            RegisterResult.RegistrationClosed => TypedResults.Problem(
                "Registration to this workshop is not open.", statusCode: StatusCodes.Status409Conflict,
                title: "Registration closed", type: ProblemTypes.RegistrationClosed),
            RegisterResult.Created => TypedResults.Created(
                $"{WorkshopsApi.BasePath}/registrations/{outcome.Token}",
                RegistrationResponse.From(outcome.Registration!, outcome.Workshop, outcome.Position, outcome.Token, owner: true)),
            _ => TypedResults.Ok(RegistrationResponse.From(outcome.Registration!, outcome.Workshop, outcome.Position, null, owner: false)),
        };
    }

    public static async Task<Results<Ok<RegistrationResponse>, NotFound>> GetRegistrationAsync(
        string token, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        var hash = RegistrationToken.Hash(token);
        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        if (registration is null)
        {
            return TypedResults.NotFound();
        }

        var workshop = await db.Workshops.AsNoTracking().SingleAsync(w => w.Id == registration.WorkshopId, cancellationToken);
        var position = registration.Status == RegistrationStatus.Waitlisted
            ? await db.WaitlistPositionAsync(registration, cancellationToken)
            : (int?)null;
        return TypedResults.Ok(RegistrationResponse.From(registration, workshop, position, null, owner: true));
    }

    public static async Task<Results<Ok<RegistrationResponse>, NotFound>> CancelRegistrationAsync(
        string token, RegistrationDesk desk, CancellationToken cancellationToken)
    {
        var registration = await desk.CancelAsync(token, cancellationToken);
        return registration is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(RegistrationResponse.From(registration, null, null, null, owner: true));
    }
}
