using System.Text.Json;

namespace PlanetTechCare.Webhooks.Apis;

/// <summary>
/// Reads a JSON request body so that malformed JSON becomes a validation problem naming the
/// field (from the JSON path) instead of an empty 400 or an exception.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, Dictionary<string, string[]> Errors)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var errors = new Dictionary<string, string[]>();
        if (request.HasJsonContentType() is false)
        {
            errors["body"] = ["The body must be JSON (Content-Type: application/json)."];
            return (null, errors);
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, JsonSerializerOptions.Web, cancellationToken);
            if (value is null)
            {
                errors["body"] = ["The body must be a JSON object."];
            }

            return (value, errors);
        }
        catch (JsonException malformed)
        {
            var field = malformed.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            errors[field] = [$"Malformed JSON{(malformed.LineNumber is { } line ? $" at line {line + 1}" : string.Empty)}."];
            return (null, errors);
        }
    }
}
