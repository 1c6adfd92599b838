using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PlanetTechCare.EndToEnd.Tests.Support;
namespace PlanetTechCare.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class IdentityThroughGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task Partner_client_created_through_the_gateway_gets_a_token_issued_by_the_gateway_address()
    {
        var identity = await platform.App.EnvironmentAsync("identity");
        var admin = await TokenAsync(identity["Identity__Bootstrap__Clients__0__ClientId"], identity["Identity__Bootstrap__Clients__0__Secret"], "admin");
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/v1/identity/clients")
        {
            Content = JsonContent.Create(new { displayName = "Replay sync", organisationName = "The Shift Project", scopes = new[] { "workshops.read" } }),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        using var created = await platform.Gateway.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var client = await created.Content.ReadFromJsonAsync<JsonElement>();

        var token = await TokenAsync(client.GetProperty("clientId").GetString()!, client.GetProperty("clientSecret").GetString()!, "workshops.read");

        var payload = JsonDocument.Parse(Base64UrlDecode(token.Split('.')[1])).RootElement;
        Assert.Equal(platform.App.GetEndpoint("gateway").ToString(), payload.GetProperty("iss").GetString());
        Assert.Equal("workshops", payload.GetProperty("aud").GetString());
        Assert.Equal("workshops.read", payload.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Discovery_through_the_gateway_names_the_gateway_endpoints()
    {
        var discovery = await platform.Gateway.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        var gateway = platform.App.GetEndpoint("gateway").ToString();
        Assert.Equal(gateway + "connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal(gateway + ".well-known/jwks", discovery.GetProperty("jwks_uri").GetString());
    }

    private async Task<string> TokenAsync(string clientId, string secret, string scope)
    {
        using var response = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    private static string Base64UrlDecode(string value) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(value.Replace('-', '+').Replace('_', '/').PadRight(value.Length + ((4 - (value.Length % 4)) % 4), '=')));
}
