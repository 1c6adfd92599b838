using Microsoft.AspNetCore.Http.HttpResults;

namespace PlanetTechCare.Workshops.Demo;

/// <summary>What an endpoint answered the demo seeder: its value, or why it refused.</summary>
internal static class DemoResults
{
    public static T ValueOf<T>(INestedHttpResult answer) => answer.Result switch
    {
        IValueHttpResult<T> { Value: { } value } => value,
        ValidationProblem invalid => throw new InvalidOperationException(
            $"Demo data refused: {string.Join("; ", invalid.ProblemDetails.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}"),
        ProblemHttpResult problem => throw new InvalidOperationException($"Demo data refused: {problem.ProblemDetails.Detail}"),
        var other => throw new InvalidOperationException($"Demo data refused: {other.GetType().Name}"),
    };
}
