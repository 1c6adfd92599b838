using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using PlanetTechCare.Identity.Tests.Support;

namespace PlanetTechCare.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class AuthorizationCodeFlowTests(IdentityFixture fixture)
{
    private const string DashboardScopes = "openid profile email roles workshops.write directory.write admin";

    private readonly AdminApi _admin = new(fixture);
    private readonly AuthorizationCodeFlow _flow = new(fixture);
    private readonly TokenInspector _inspector = new(fixture.Http);

    [Fact]
    public async Task Staff_member_signs_in_with_pkce_and_gets_the_scopes_of_the_staff_role_but_not_admin()
    {
        var (id, email, password) = await _admin.CreateStaffAsync("staff");

        var response = await _flow.SignInAsync(email, password, DashboardScopes);

        var token = await _inspector.ValidateAsync(response.RequiredAccessToken);
        Assert.Equal(id, token.Subject);
        Assert.Equal(email, token.GetPayloadValue<string>("email"));
        Assert.Equal("Camille Martin", token.GetPayloadValue<string>("name"));
        Assert.Equal("staff", token.GetPayloadValue<string>("role"));
        Assert.Equal("dashboard", token.GetPayloadValue<string>("client_id"));
        var scopes = TokenInspector.Scopes(token);
        Assert.Contains("workshops.write", scopes);
        Assert.Contains("directory.write", scopes);
        Assert.DoesNotContain("admin", scopes);
        Assert.Equal(["directory", "workshops"], TokenInspector.Audiences(token).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Admin_signs_in_gets_the_admin_scope_and_manages_clients_with_that_token()
    {
        var response = await _flow.SignInAsync(IdentityFixture.AdminEmail, fixture.AdminPassword, DashboardScopes);

        var token = await _inspector.ValidateAsync(response.RequiredAccessToken);
        Assert.Equal("admin", token.GetPayloadValue<string>("role"));
        Assert.Contains("admin", TokenInspector.Scopes(token));
        Assert.Contains("identity", TokenInspector.Audiences(token));
        using var clients = await _admin.SendAsync(HttpMethod.Get, "/api/v1/identity/clients", token: response.RequiredAccessToken);
        Assert.Equal(HttpStatusCode.OK, clients.StatusCode);
    }

    [Fact]
    public async Task Staff_token_without_admin_is_forbidden_on_the_management_api()
    {
        var (_, email, password) = await _admin.CreateStaffAsync("staff");
        var response = await _flow.SignInAsync(email, password, DashboardScopes);

        using var clients = await _admin.SendAsync(HttpMethod.Get, "/api/v1/identity/clients", token: response.RequiredAccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, clients.StatusCode);
    }

    [Fact]
    public async Task Authorization_request_without_a_code_challenge_is_refused()
    {
        using var browser = new BrowserSession(fixture.Endpoint);

        using var response = await browser.GetAsync(AuthorizationCodeFlow.AuthorizeUrl("openid workshops.read", pkce: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("code_challenge", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_cannot_be_exchanged_without_the_right_code_verifier()
    {
        var (_, email, password) = await _admin.CreateStaffAsync("staff");
        using var browser = new BrowserSession(fixture.Endpoint);
        var pkce = Pkce.New();
        using var toLogin = await browser.GetAsync(AuthorizationCodeFlow.AuthorizeUrl("openid workshops.read", pkce));
        using var changePage = await browser.SignInAsync(toLogin.Headers.Location!.ToString(), email, password);
        using var signedIn = await browser.ChangePasswordAsync(changePage, TestSecrets.New());
        using var toClient = await browser.GetAsync(signedIn.Headers.Location!.OriginalString);
        var code = QueryHelpers.ParseQuery(toClient.Headers.Location!.Query)["code"].ToString();

        var response = await new TokenClient(fixture.Http).RequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "dashboard",
            ["code"] = code,
            ["redirect_uri"] = IdentityFixture.DashboardRedirectUri,
            ["code_verifier"] = Pkce.New().Verifier,
        });

        Assert.Equal("invalid_grant", response.Error);
    }
}
