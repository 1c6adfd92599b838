using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using PlanetTechCare.ServiceDefaults.Domain;

namespace PlanetTechCare.ServiceDefaults.Problems;

/// <summary>
/// What a caller is told when an exception escapes an endpoint, the same in every environment: a
/// problem with a status and a plain title, and for a request the framework could not bind
/// (<see cref="BadHttpRequestException"/>) the field at fault in <c>errors</c>. A move the
/// aggregate's status refuses (<see cref="InvalidTransitionException"/>) is a 409 whose detail is
/// the aggregate's own explanation. Never the exception's type, stack trace or any other message,
/// nor the request's headers (the developer exception page puts all of these in an
/// <c>exception</c> member).
/// </summary>
public static partial class ExceptionProblems
{
    public static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidTransitionException => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>A refused move is an answer, not a failure: it is not logged as an unhandled exception.</summary>
    public static bool IsAnswer(ExceptionHandlerSuppressDiagnosticsContext context) => context.Exception is InvalidTransitionException;

    public static void Customize(ProblemDetailsContext context)
    {
        if (context.Exception is not { } exception)
        {
            return;
        }

        var problem = context.ProblemDetails;
        problem.Extensions.Remove("exception");
        problem.Status = StatusOf(exception);
        problem.Title = problem.Status switch
        {
            StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
            StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON.",
            < 500 => "The request is not valid.",
            _ => "An unexpected error occurred.",
        };
        problem.Detail = null;
        if (exception is InvalidTransitionException refused)
        {
            problem.Title = "This change is not possible in the current status.";
            problem.Detail = refused.Message;
            problem.Type = ProblemTypes.InvalidTransition;
        }
        else if (exception is BadHttpRequestException bad && FieldOf(bad) is { } field)
        {
            problem.Detail = $"The value given for '{field}' is not valid.";
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = ["The value is not valid."] };
        }
    }

    /// <summary>The JSON member (<c>contact.email</c>) or the parameter (<c>pageSize</c>) the framework could not bind.</summary>
    private static string? FieldOf(BadHttpRequestException bad) =>
        bad.InnerException is JsonException { Path: { Length: > 1 } path } ? path.TrimStart('$', '.')
        : bad.InnerException is JsonException ? "body"
        : Parameter().Match(bad.Message) is { Success: true } match ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value)
        : null;

    [GeneratedRegex(@"parameter ""(?:[^""]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)""")]
    private static partial Regex Parameter();
}
