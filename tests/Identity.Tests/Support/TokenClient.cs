using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Identity.Tests.Support;

/// <summary>Calls <c>/connect/token</c> as a client would (form post, client secret in the body).</summary>
public sealed class TokenClient(HttpClient http)
{
    public Task<TokenResponse> ClientCredentialsAsync(string clientId, string secret, string? scope = null) =>
        RequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope ?? string.Empty,
        });

    public async Task<TokenResponse> RequestAsync(Dictionary<string, string> form)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form.Where(p => p.Value.Length > 0)));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new TokenResponse(
            response.StatusCode,
            body.TryGetProperty("access_token", out var token) ? token.GetString() : null,
            body.TryGetProperty("error", out var error) ? error.GetString() : null,
            body.TryGetProperty("scope", out var scope) ? scope.GetString() : null,
            body);
    }
}
