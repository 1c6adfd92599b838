using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PlanetTechCare.ServiceDefaults.Problems;

/// <summary>The problem types the APIs answer with beyond plain HTTP statuses, and the conflict answer that carries one.</summary>
public static class ProblemTypes
{
    private const string Base = "https://planet-techcare.example/problems/";

    /// <summary>The status of the resource does not allow the move (<see cref="Domain.InvalidTransitionException"/>).</summary>
    public const string InvalidTransition = Base + "invalid-transition";

    /// <summary>Someone else changed the resource meanwhile, or took the same unique value: read again and retry.</summary>
    public const string ConcurrentChange = Base + "concurrent-change";

    /// <summary>A value that must be unique is used already (a slug, a workshop's replay item).</summary>
    public const string Taken = Base + "taken";

    /// <summary>The organisation has already applied or signed.</summary>
    public const string DuplicateApplication = Base + "duplicate-application";

    public const string IdempotencyKeyReused = Base + "idempotency-key-reused";

    public const string RegistrationClosed = Base + "registration-closed";

    public static ProblemHttpResult Conflict(string type, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title, type: type);
}
