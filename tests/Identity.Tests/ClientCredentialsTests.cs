using System.Net;
using System.Text.Json;
using PlanetTechCare.Identity.Tests.Support;

namespace PlanetTechCare.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class ClientCredentialsTests(IdentityFixture fixture)
{
    private readonly TokenClient _tokens = new(fixture.Http);
    private readonly TokenInspector _inspector = new(fixture.Http);

    [Fact]
    public async Task Bootstrap_client_gets_a_signed_token_with_the_audiences_scopes_and_client_id_of_its_grant()
    {
        var response = await _tokens.ClientCredentialsAsync(IdentityFixture.ReaderClientId, fixture.ReaderClientSecret, IdentityFixture.ReaderScopes);

        var token = await _inspector.ValidateAsync(response.RequiredAccessToken);
        Assert.Equal(["signatories", "workshops"], TokenInspector.Audiences(token).Order(StringComparer.Ordinal));
        Assert.Equal(["signatories.read", "workshops.read"], TokenInspector.Scopes(token).Order(StringComparer.Ordinal));
        Assert.Equal(IdentityFixture.ReaderClientId, token.GetPayloadValue<string>("client_id"));
        Assert.Equal("at+jwt", token.Typ);
    }

    [Fact]
    public async Task Token_asked_for_one_allowed_scope_carries_only_that_scope_and_its_audience()
    {
        var response = await _tokens.ClientCredentialsAsync(IdentityFixture.ReaderClientId, fixture.ReaderClientSecret, "workshops.read");

        var token = await _inspector.ValidateAsync(response.RequiredAccessToken);
        Assert.Equal(["workshops"], TokenInspector.Audiences(token));
        Assert.Equal(["workshops.read"], TokenInspector.Scopes(token));
    }

    [Fact]
    public async Task The_token_answer_names_the_scopes_granted_as_asked_with_its_type_and_lifetime_and_is_not_cached()
    {
        using var response = await fixture.Http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = IdentityFixture.ReaderClientId,
            ["client_secret"] = fixture.ReaderClientSecret,
            ["scope"] = "workshops.read signatories.read",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["signatories.read", "workshops.read"], body.GetProperty("scope").GetString()!.Split(' ').Order(StringComparer.Ordinal));
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 3000, 3600);
        Assert.StartsWith("eyJ", body.GetProperty("access_token").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_answer_names_the_one_scope_asked_for()
    {
        var response = await _tokens.ClientCredentialsAsync(IdentityFixture.ReaderClientId, fixture.ReaderClientSecret, "workshops.read");

        Assert.Equal("workshops.read", response.Scope);
    }

    [Fact]
    public async Task Client_asking_for_a_scope_it_is_not_allowed_gets_invalid_scope()
    {
        var response = await _tokens.ClientCredentialsAsync(IdentityFixture.ReaderClientId, fixture.ReaderClientSecret, "workshops.read workshops.write");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("invalid_scope", response.Error);
        Assert.Null(response.AccessToken);
    }

    [Fact]
    public async Task Client_asking_for_an_unknown_scope_gets_invalid_scope()
    {
        var response = await _tokens.ClientCredentialsAsync(IdentityFixture.ReaderClientId, fixture.ReaderClientSecret, "payroll.read");

        Assert.Equal("invalid_scope", response.Error);
    }

    [Fact]
    public async Task Wrong_secret_gets_invalid_client()
    {
        var response = await _tokens.ClientCredentialsAsync(IdentityFixture.ReaderClientId, "not-the-secret", "workshops.read");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("invalid_client", response.Error);
    }

    [Fact]
    public async Task Issuer_follows_the_forwarded_host_so_tokens_fetched_through_the_gateway_name_the_gateway()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Add("X-Forwarded-Host", "gateway.example:8080");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await fixture.Http.SendAsync(request);

        var discovery = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://gateway.example:8080/", discovery.GetProperty("issuer").GetString());
        Assert.Equal("https://gateway.example:8080/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal("https://gateway.example:8080/.well-known/jwks", discovery.GetProperty("jwks_uri").GetString());
    }
}
