using Microsoft.AspNetCore.Http;

namespace PlanetTechCare.ServiceDefaults.Problems;

/// <summary>
/// Refuses a path or a query value holding a control character (NUL among them, which PostgreSQL
/// refuses in text) with 400 problem details naming the parameter, before any endpoint sees it.
/// </summary>
internal sealed class ControlCharactersInRequestTarget(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var field = HasControlCharacter(context.Request.Path.Value) ? "path"
            : context.Request.Query.FirstOrDefault(parameter => HasControlCharacter(parameter.Key) || parameter.Value.Any(HasControlCharacter)).Key;
        return field is null
            ? next(context)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = ["Control characters are not allowed."] }).ExecuteAsync(context);
    }

    private static bool HasControlCharacter(string? text) => text is not null && text.Any(char.IsControl);
}
