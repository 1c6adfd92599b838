using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PlanetTechCare.ServiceDefaults;

/// <summary>
/// JSON bodies are UTF-8 (RFC 8259): a JSON body declaring another charset gets 415 problem
/// details, rather than a server error from a reader that cannot decode it.
/// </summary>
internal sealed class Utf8JsonOnlyMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        context.Request.HasJsonContentType()
        && MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
        && contentType.Charset.HasValue
        && contentType.Charset.Value!.Trim('"') is var charset
        && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Problem(
                detail: $"JSON bodies must be UTF-8, not '{charset}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type").ExecuteAsync(context)
            : next(context);
}
