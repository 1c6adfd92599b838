using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// Reads a JSON request body so that a body that is not JSON, malformed JSON or a value of the
/// wrong type becomes a validation problem naming the field, never an exception or a server error.
/// </summary>
public static class JsonBody
{
    public const string BodyField = "body";

    /// <param name="optional">An empty body is accepted (the value is then null).</param>
    public static async Task<(T? Value, Dictionary<string, string[]> Errors)> ReadAsync<T>(HttpRequest request, bool optional = false)
        where T : class
    {
        var errors = new Dictionary<string, string[]>();
        if (optional && request.ContentLength is 0 or null && !request.Headers.ContainsKey("Transfer-Encoding"))
        {
            return (null, errors);
        }

        if (!request.HasJsonContentType())
        {
            errors[BodyField] = ["The body must be JSON (Content-Type: application/json)."];
            return (null, errors);
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, request.HttpContext.RequestAborted);
            if (value is null && !optional)
            {
                errors[BodyField] = ["A JSON object is expected."];
            }

            return (value, errors);
        }
        catch (JsonException malformed)
        {
            var field = FieldName(malformed.Path);
            errors[field] = [field == BodyField
                ? "The body is not valid JSON."
                : "The value is not valid JSON or has the wrong type."];
            return (null, errors);
        }
    }

    private static string FieldName(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? BodyField
        : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
