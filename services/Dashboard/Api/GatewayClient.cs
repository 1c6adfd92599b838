using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Dashboard.Api;

/// <summary>Calls the platform's API through the gateway with the signed-in staff member's token.</summary>
public sealed class GatewayClient(HttpClient http, AccessTokenSource tokens)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Uri BaseAddress => http.BaseAddress!;

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, null, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    public async Task<string> GetTextAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, null, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, string? idempotencyKey = null,
        CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(method, path, body, idempotencyKey, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    public async Task SendAsync(HttpMethod method, string path, object? body = null, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(method, path, body, null, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (await tokens.GetAsync() is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            throw ApiProblemException.Unreachable();
        }

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ApiProblemException.FromAsync(response, cancellationToken);
            }
        }

        return response;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
        ?? throw new ApiProblemException(StatusCodes.Status502BadGateway, null, new Dictionary<string, string[]>());
}
