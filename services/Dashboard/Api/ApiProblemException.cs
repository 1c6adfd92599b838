using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Dashboard.Api;

/// <summary>An API call that failed, as a problem details document (title, detail, per-field errors).</summary>
public sealed class ApiProblemException(int status, string title, string? detail, IReadOnlyDictionary<string, string[]> errors)
    : Exception(detail is null ? title : $"{title} {detail}")
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>One readable message: the title, the detail, then each field's errors.</summary>
    public string Readable =>
        string.Join(" ", new[] { Title, Detail }.Concat(Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    public static async Task<ApiProblemException> FromAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            return new ApiProblemException(status, Localization.Ui.T("Votre session a expiré.", "Your session has expired."),
                Localization.Ui.T("Rechargez la page pour vous reconnecter.", "Reload the page to sign in again."), new Dictionary<string, string[]>());
        }

        var fallback = $"{status} {response.ReasonPhrase}";
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>(GatewayClient.Json, cancellationToken);
            return new ApiProblemException(status, problem?.Title ?? fallback, problem?.Detail, problem?.Errors ?? []);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or InvalidOperationException)
        {
            return new ApiProblemException(status, fallback, null, new Dictionary<string, string[]>());
        }
    }

    private sealed record ProblemDocument(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
