using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>
/// Names each field of a validation problem as the JSON does (<c>contact.email</c>,
/// <c>references[0].url</c>, <c>pageSize</c>): the framework's validation names them as the C#
/// members are (<c>Contact.Email</c>).
/// </summary>
public static class ValidationProblems
{
    public static void UseJsonNames(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails { Errors.Count: > 0 } problem)
        {
            return;
        }

        var renamed = problem.Errors.GroupBy(error => JsonName(error.Key), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.SelectMany(error => error.Value).Distinct().ToArray(), StringComparer.Ordinal);
        problem.Errors.Clear();
        foreach (var (field, messages) in renamed)
        {
            problem.Errors[field] = messages;
        }
    }

    /// <summary>A header (<c>Idempotency-Key</c>) keeps its name.</summary>
    private static string JsonName(string field) => field.Contains('-', StringComparison.Ordinal)
        ? field
        : string.Join('.', field.Split('.').Select(segment => JsonNamingPolicy.CamelCase.ConvertName(segment)));
}
