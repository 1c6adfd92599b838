using System.Net;
using System.Text.Json;
using PlanetTechCare.Identity.Tests.Support;

namespace PlanetTechCare.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class PartnerClientTests(IdentityFixture fixture)
{
    private readonly AdminApi _admin = new(fixture);
    private readonly TokenClient _tokens = new(fixture.Http);
    private readonly TokenInspector _inspector = new(fixture.Http);

    [Fact]
    public async Task Created_partner_client_obtains_a_token_for_its_scopes_with_the_secret_shown_once()
    {
        var (clientId, secret) = await _admin.CreatePartnerClientAsync("workshops.read", "registrations.write");

        var response = await _tokens.ClientCredentialsAsync(clientId, secret, "workshops.read registrations.write");

        var token = await _inspector.ValidateAsync(response.RequiredAccessToken);
        Assert.Equal(["workshops"], TokenInspector.Audiences(token));
        Assert.Equal(clientId, token.GetPayloadValue<string>("client_id"));
    }

    [Fact]
    public async Task Client_acting_for_a_workshops_partner_carries_its_id_in_tokens_and_in_its_description()
    {
        var partnerId = Guid.NewGuid();
        var (clientId, secret) = await _admin.CreatePartnerClientAsync(partnerId, "webhooks.manage");
        var (otherId, otherSecret) = await _admin.CreatePartnerClientAsync("webhooks.manage");

        var token = await _inspector.ValidateAsync((await _tokens.ClientCredentialsAsync(clientId, secret, "webhooks.manage")).RequiredAccessToken);
        var otherToken = await _inspector.ValidateAsync((await _tokens.ClientCredentialsAsync(otherId, otherSecret, "webhooks.manage")).RequiredAccessToken);

        Assert.Equal(partnerId.ToString(), token.GetPayloadValue<string>("partner_id"));
        Assert.False(otherToken.TryGetPayloadValue<string>("partner_id", out _));
        var described = await _admin.SendForJsonAsync(HttpMethod.Get, $"/api/v1/identity/clients/{clientId}");
        Assert.Equal(partnerId, described.GetProperty("partnerId").GetGuid());
    }

    [Fact]
    public async Task Rotation_makes_the_old_secret_fail_and_the_new_one_work()
    {
        var (clientId, oldSecret) = await _admin.CreatePartnerClientAsync("directory.write");

        var rotated = await _admin.SendForJsonAsync(HttpMethod.Post, $"/api/v1/identity/clients/{clientId}/secret");
        var newSecret = rotated.GetProperty("clientSecret").GetString()!;

        Assert.NotEqual(oldSecret, newSecret);
        Assert.Equal("invalid_client", (await _tokens.ClientCredentialsAsync(clientId, oldSecret, "directory.write")).Error);
        Assert.NotNull((await _tokens.ClientCredentialsAsync(clientId, newSecret, "directory.write")).AccessToken);
    }

    [Fact]
    public async Task Revoked_client_can_no_longer_obtain_a_token()
    {
        var (clientId, secret) = await _admin.CreatePartnerClientAsync("content.write");
        Assert.NotNull((await _tokens.ClientCredentialsAsync(clientId, secret, "content.write")).AccessToken);

        using var revoke = await _admin.SendAsync(HttpMethod.Delete, $"/api/v1/identity/clients/{clientId}");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal("invalid_client", (await _tokens.ClientCredentialsAsync(clientId, secret, "content.write")).Error);
        using var gone = await _admin.SendAsync(HttpMethod.Get, $"/api/v1/identity/clients/{clientId}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Revoking_by_post_works_like_delete()
    {
        var (clientId, secret) = await _admin.CreatePartnerClientAsync("webhooks.manage");

        using var revoke = await _admin.SendAsync(HttpMethod.Post, $"/api/v1/identity/clients/{clientId}/revoke");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal("invalid_client", (await _tokens.ClientCredentialsAsync(clientId, secret, "webhooks.manage")).Error);
    }

    [Fact]
    public async Task Client_is_listed_and_read_without_its_secret()
    {
        var (clientId, secret) = await _admin.CreatePartnerClientAsync("signatories.read");

        using var one = await _admin.SendAsync(HttpMethod.Get, $"/api/v1/identity/clients/{clientId}");
        using var list = await _admin.SendAsync(HttpMethod.Get, "/api/v1/identity/clients?pageSize=100");

        var oneBody = await one.Content.ReadAsStringAsync();
        var listBody = await list.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Contains("\"scopes\":[\"signatories.read\"]", oneBody, StringComparison.Ordinal);
        Assert.Contains("Alliance Green IT", oneBody, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, oneBody, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listBody, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", listBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Retry_with_the_same_idempotency_key_answers_the_first_client_without_a_secret()
    {
        var organisation = $"Boavizta {Guid.NewGuid():N}";
        var body = new { displayName = "Impact data", organisationName = organisation, scopes = new[] { "content.write" } };
        var key = Guid.NewGuid().ToString();

        using var first = await _admin.SendAsync(HttpMethod.Post, "/api/v1/identity/clients", body, idempotencyKey: key);
        using var retry = await _admin.SendAsync(HttpMethod.Post, "/api/v1/identity/clients", body, idempotencyKey: key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        var replayed = JsonDocument.Parse(await retry.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(created.GetProperty("clientId").GetString(), replayed.GetProperty("clientId").GetString());
        Assert.False(replayed.TryGetProperty("clientSecret", out _));
        var list = await _admin.SendForJsonAsync(HttpMethod.Get, "/api/v1/identity/clients?pageSize=100");
        Assert.Single(list.GetProperty("items").EnumerateArray(), item => item.GetProperty("organisationName").GetString() == organisation);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/secret")]
    [InlineData("DELETE", "")]
    public async Task Unknown_client_is_not_found(string method, string suffix)
    {
        using var response = await _admin.SendAsync(new HttpMethod(method), $"/api/v1/identity/clients/partner-nobody-{Guid.NewGuid():N}{suffix}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
