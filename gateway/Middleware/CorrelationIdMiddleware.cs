using System.Diagnostics;

namespace PlanetTechCare.Gateway.Middleware;

/// <summary>
/// Gives every request an <c>X-Correlation-Id</c>: the caller's, when it is a sensible value,
/// otherwise the trace id. It is forwarded to the service and returned to the caller.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-Id";
    private const int MaxLength = 128;

    public Task InvokeAsync(HttpContext context)
    {
        var supplied = context.Request.Headers[HeaderName].ToString();
        var correlationId = IsAcceptable(supplied)
            ? supplied
            : Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");

        context.Request.Headers[HeaderName] = correlationId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsAcceptable(string value) =>
        value.Length is > 0 and <= MaxLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
