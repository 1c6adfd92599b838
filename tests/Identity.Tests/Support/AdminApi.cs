using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PlanetTechCare.Identity.Tests.Support;

/// <summary>The management API called with a bearer token (by default the admin automation client's).</summary>
public sealed class AdminApi(IdentityFixture fixture)
{
    private readonly TokenClient _tokens = new(fixture.Http);

    public async Task<string> AdminTokenAsync() =>
        (await _tokens.ClientCredentialsAsync(IdentityFixture.AdminClientId, fixture.AdminClientSecret, "admin")).RequiredAccessToken;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? token = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? await AdminTokenAsync());
        if (body is string raw)
        {
            request.Content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await fixture.Http.SendAsync(request);
    }

    public async Task<JsonElement> SendForJsonAsync(HttpMethod method, string path, object? body = null)
    {
        using var response = await SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Creates a partner client; returns its id and its one-time secret.</summary>
    public Task<(string ClientId, string Secret)> CreatePartnerClientAsync(params string[] scopes) => CreatePartnerClientAsync(null, scopes);

    /// <summary>Creates a partner client acting for a workshops partner; returns its id and its one-time secret.</summary>
    public async Task<(string ClientId, string Secret)> CreatePartnerClientAsync(Guid? partnerId, params string[] scopes)
    {
        var created = await SendForJsonAsync(HttpMethod.Post, "/api/v1/identity/clients", new
        {
            displayName = "Barometer sync",
            organisationName = $"Alliance Green IT {Guid.NewGuid():N}",
            scopes,
            partnerId,
        });
        return (created.GetProperty("clientId").GetString()!, created.GetProperty("clientSecret").GetString()!);
    }

    /// <summary>Creates a staff account; returns its id, e-mail and one-time password.</summary>
    public async Task<(string Id, string Email, string Password)> CreateStaffAsync(string role)
    {
        var email = $"staff-{Guid.NewGuid():N}@planet-techcare.test";
        var created = await SendForJsonAsync(HttpMethod.Post, "/api/v1/identity/staff", new { email, displayName = "Camille Martin", role });
        return (created.GetProperty("account").GetProperty("id").GetString()!, email, created.GetProperty("oneTimePassword").GetString()!);
    }
}
