using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using PlanetTechCare.Identity.Tests.Support;

namespace PlanetTechCare.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class SessionTests(IdentityFixture fixture)
{
    private readonly AdminApi _admin = new(fixture);
    private readonly AuthorizationCodeFlow _flow = new(fixture);
    private readonly TokenClient _tokens = new(fixture.Http);

    [Fact]
    public async Task Refresh_token_gives_a_new_access_token_until_the_account_is_disabled()
    {
        var (id, email, password) = await _admin.CreateStaffAsync("staff");
        var signedIn = await _flow.SignInAsync(email, password, "openid offline_access workshops.write");
        var refreshToken = signedIn.Body.GetProperty("refresh_token").GetString()!;

        var refreshed = await RefreshAsync(refreshToken);
        Assert.NotNull(refreshed.AccessToken);
        Assert.Contains("workshops.write", refreshed.Scope, StringComparison.Ordinal);

        await _admin.SendForJsonAsync(HttpMethod.Post, $"/api/v1/identity/staff/{id}/disable");
        var afterDisable = await RefreshAsync(refreshed.Body.GetProperty("refresh_token").GetString()!);
        Assert.Equal("invalid_grant", afterDisable.Error);
    }

    [Fact]
    public async Task User_info_describes_the_signed_in_staff_member_by_granted_scope()
    {
        var (id, email, password) = await _admin.CreateStaffAsync("staff");
        var signedIn = await _flow.SignInAsync(email, password, "openid profile email roles");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.RequiredAccessToken);
        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claims = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(id, claims.GetProperty("sub").GetString());
        Assert.Equal(email, claims.GetProperty("email").GetString());
        Assert.Equal("Camille Martin", claims.GetProperty("name").GetString());
        Assert.Equal("staff", claims.GetProperty("role")[0].GetString());
    }

    [Fact]
    public async Task End_session_signs_out_and_returns_to_the_registered_post_logout_uri()
    {
        var (_, email, password) = await _admin.CreateStaffAsync("staff");
        using var browser = new BrowserSession(fixture.Endpoint);
        var signedIn = await _flow.SignInAsync(browser, email, password, "openid");
        var idToken = signedIn.Body.GetProperty("id_token").GetString()!;

        using var endSession = await browser.GetAsync(QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["id_token_hint"] = idToken,
            ["post_logout_redirect_uri"] = IdentityFixture.DashboardPostLogoutRedirectUri,
            ["state"] = "bye",
        }));

        Assert.Equal(HttpStatusCode.Redirect, endSession.StatusCode);
        Assert.StartsWith(IdentityFixture.DashboardPostLogoutRedirectUri, endSession.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        using var authorize = await browser.GetAsync(AuthorizationCodeFlow.AuthorizeUrl("openid", Pkce.New()));
        Assert.Equal("/account/login", authorize.Headers.Location!.AbsolutePath);
    }

    private Task<TokenResponse> RefreshAsync(string refreshToken) => _tokens.RequestAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = "dashboard",
        ["refresh_token"] = refreshToken,
    });
}
