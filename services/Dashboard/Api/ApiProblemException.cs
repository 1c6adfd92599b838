using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.Dashboard.Localization;

namespace PlanetTechCare.Dashboard.Api;

/// <summary>An API call that failed, as a problem details document (detail, per-field errors) under a headline for its status.</summary>
public sealed class ApiProblemException(int status, string? detail, IReadOnlyDictionary<string, string[]> errors)
    : Exception(detail is null ? $"{status}" : $"{status} {detail}")
{
    public int Status { get; } = status;

    public string? Detail { get; } = detail;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>One readable message in the interface's language: the headline, the API's detail, then each field's errors.</summary>
    public string Readable =>
        string.Join(" ", new[] { ProblemText.Headline(Status), Detail is null ? null : ProblemText.Message(Detail) }
            .Concat(Errors.Select(e => $"{ProblemText.Field(e.Key)}{Ui.T(" : ", ": ")}{string.Join(" ", e.Value.Select(ProblemText.Message))}"))
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    public static ApiProblemException Unreachable() => new(0, null, new Dictionary<string, string[]>());

    public static async Task<ApiProblemException> FromAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            return new ApiProblemException(status, Ui.T("Rechargez la page pour vous reconnecter.", "Reload the page to sign in again."), new Dictionary<string, string[]>());
        }

        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>(GatewayClient.Json, cancellationToken);
            return new ApiProblemException(status, problem?.Detail, problem?.Errors ?? []);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or InvalidOperationException)
        {
            return new ApiProblemException(status, null, new Dictionary<string, string[]>());
        }
    }

    private sealed record ProblemDocument(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
