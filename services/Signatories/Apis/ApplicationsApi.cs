using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PlanetTechCare.Messaging.Outbox;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Problems;
using PlanetTechCare.ServiceDefaults.Validation;
using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>Applying to sign the manifesto: public, and safe to retry (Idempotency-Key header or the same request again).</summary>
public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/applications", ApplyAsync)
            .WithName("ApplyToSign")
            .WithSummary("Apply to sign the current manifesto; staff validate the application.");
        return api;
    }

    public static async Task<Results<Created<ApplicationReceipt>, Ok<ApplicationReceipt>, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        ApplyRequest request, [AsParameters] IdempotencyKeyHeader idempotency, HttpRequest http,
        SignatoriesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = idempotency.Value;
        var manifesto = await db.Manifestos.AsNoTracking().SingleAsync(m => m.IsCurrent, cancellationToken);
        if (Problems(request, manifesto.Version) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var fingerprint = Fingerprint(request);
        var registrationKey = Signatory.KeyFor(request.SirenNumber(), request.ForeignId());
        if (await FindEarlierAsync(db, http, key, registrationKey, fingerprint, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var signatory = request.ToApplication(
            Guid.CreateVersion7(), manifesto.Version, clock.GetUtcNow(), key, fingerprint, http.Headers.AcceptLanguage.ToString());
        db.Signatories.Add(signatory);
        db.AddIntegrationEvent(SignatoryEvents.Applied(signatory));
        db.AddIntegrationEvent(SignatoryEvents.ContactRecorded(signatory));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException raced) when (raced.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent request with the same key won: answer as if this one were its retry.
            db.ChangeTracker.Clear();
            if (await FindEarlierAsync(db, http, key, registrationKey, fingerprint, cancellationToken) is { } winner)
            {
                return winner;
            }

            throw;
        }

        return TypedResults.Created(StaffApi.LinkTo(http, signatory.Id), signatory.ToReceipt());
    }

    /// <summary>What the request's attributes cannot tell: the header's and the current manifesto's.</summary>
    private static Dictionary<string, string[]> Problems(ApplyRequest request, int currentVersion)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.ManifestoVersion is { } signed && signed != currentVersion)
        {
            errors["manifestoVersion"] = [ValidationMessages.OneOf([currentVersion.ToString(CultureInfo.InvariantCulture)])];
        }

        return errors;
    }

    private static async Task<Results<Created<ApplicationReceipt>, Ok<ApplicationReceipt>, ValidationProblem, ProblemHttpResult>?> FindEarlierAsync(
        SignatoriesDbContext db, HttpRequest http, string? key, string registrationKey, string fingerprint, CancellationToken cancellationToken)
    {
        if (key is not null && await db.Signatories.AsNoTracking().FirstOrDefaultAsync(s => s.IdempotencyKey == key, cancellationToken) is { } byKey)
        {
            return byKey.RequestFingerprint == fingerprint
                ? TypedResults.Created(StaffApi.LinkTo(http, byKey.Id), byKey.ToReceipt())
                : TypedResults.Problem(
                    title: "This Idempotency-Key was already used for a different application.",
                    statusCode: StatusCodes.Status409Conflict,
                    type: ProblemTypes.IdempotencyKeyReused);
        }

        var live = await db.Signatories.AsNoTracking()
            .Where(s => s.RegistrationKey == registrationKey
                && (s.Status == SignatoryStatus.Applied || s.Status == SignatoryStatus.Approved || s.Status == SignatoryStatus.Suspended))
            .FirstOrDefaultAsync(cancellationToken);
        if (live is null)
        {
            return null;
        }

        if (live.RequestFingerprint == fingerprint && key is null)
        {
            return TypedResults.Ok(live.ToReceipt());
        }

        var link = StaffApi.LinkTo(http, live.Id);
        http.HttpContext.Response.Headers.Location = link;
        return TypedResults.Problem(
            title: "This organisation already has a live application.",
            detail: $"The first application is {link}.",
            statusCode: StatusCodes.Status409Conflict,
            type: ProblemTypes.DuplicateApplication,
            extensions: new Dictionary<string, object?> { ["existingId"] = live.Id, ["existing"] = link });
    }

    private static string Fingerprint(ApplyRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));
}
