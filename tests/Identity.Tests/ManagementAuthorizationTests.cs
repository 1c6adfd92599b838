using System.Net;
using PlanetTechCare.Identity.Tests.Support;

namespace PlanetTechCare.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class ManagementAuthorizationTests(IdentityFixture fixture)
{
    private readonly AdminApi _admin = new(fixture);

    [Theory]
    [InlineData("/api/v1/identity/clients")]
    [InlineData("/api/v1/identity/staff")]
    public async Task Call_without_a_token_is_unauthorized(string path)
    {
        using var response = await fixture.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/identity/clients")]
    [InlineData("/api/v1/identity/staff")]
    public async Task Token_without_the_admin_scope_is_forbidden(string path)
    {
        var token = (await new TokenClient(fixture.Http).ClientCredentialsAsync(
            IdentityFixture.ReaderClientId, fixture.ReaderClientSecret, IdentityFixture.ReaderScopes)).RequiredAccessToken;

        using var response = await _admin.SendAsync(HttpMethod.Get, path, token: token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Tampered_token_is_unauthorized()
    {
        var token = await _admin.AdminTokenAsync();
        var tampered = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        using var response = await _admin.SendAsync(HttpMethod.Get, "/api/v1/identity/clients", token: tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_with_the_admin_scope_lists_clients()
    {
        using var response = await _admin.SendAsync(HttpMethod.Get, "/api/v1/identity/clients");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
