using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace PlanetTechCare.Workshops.Extensions;

/// <summary>
/// Turns a request the framework could not read (malformed JSON, a value of the wrong type, an
/// unparsable query value) into a 400 validation problem naming the field, never a server error.
/// Handles the exception outside Development; in Development the developer exception page writes
/// the problem and <see cref="AddFieldErrors"/> completes it.
/// </summary>
public sealed partial class BadRequestExceptionHandler : IExceptionHandler
{
    public const string Title = "The request could not be read.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        await TypedResults.ValidationProblem(Errors(badRequest), title: Title).ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>Adds the per-field errors to a problem written for an unreadable request.</summary>
    public static void AddFieldErrors(ProblemDetailsContext context)
    {
        if (context.Exception is BadHttpRequestException badRequest)
        {
            context.ProblemDetails.Title = Title;
            context.ProblemDetails.Extensions["errors"] = Errors(badRequest);
        }
    }

    public static Dictionary<string, string[]> Errors(BadHttpRequestException exception)
    {
        var field = exception.InnerException is JsonException { Path: { Length: > 2 } path } ? path.TrimStart('$', '.') : ParameterName(exception.Message);
        var message = exception.InnerException is JsonException ? "The value could not be read (malformed JSON or wrong type)." : exception.Message;
        return new Dictionary<string, string[]> { [field] = [message] };
    }

    /// <summary>The parameter a binding message names (<c>Failed to bind parameter "Guid? Partner" from "42".</c>), camelCased.</summary>
    private static string ParameterName(string message)
    {
        var match = BindingFailure().Match(message);
        return match.Success ? char.ToLowerInvariant(match.Groups[1].Value[0]) + match.Groups[1].Value[1..] : "body";
    }

    [GeneratedRegex(@"parameter ""(?:[^""]*\s)?(\w+)""")]
    private static partial Regex BindingFailure();
}
