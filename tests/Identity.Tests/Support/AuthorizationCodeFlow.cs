using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace PlanetTechCare.Identity.Tests.Support;

/// <summary>The dashboard's sign-in: authorize → sign-in page → authorize again → code at the redirect URI → token.</summary>
public sealed class AuthorizationCodeFlow(IdentityFixture fixture)
{
    public static string AuthorizeUrl(string scope, Pkce? pkce, string state = "state-1")
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = "dashboard",
            ["response_type"] = "code",
            ["redirect_uri"] = IdentityFixture.DashboardRedirectUri,
            ["scope"] = scope,
            ["state"] = state,
        };
        if (pkce is not null)
        {
            parameters["code_challenge"] = pkce.Challenge;
            parameters["code_challenge_method"] = "S256";
        }

        return QueryHelpers.AddQueryString("/connect/authorize", parameters);
    }

    /// <summary>Runs the whole flow for the account in a new browser; returns the token endpoint's answer.</summary>
    public async Task<TokenResponse> SignInAsync(string email, string password, string scope)
    {
        using var browser = new BrowserSession(fixture.Endpoint);
        return await SignInAsync(browser, email, password, scope);
    }

    /// <summary>Runs the whole flow in the given browser, which keeps the sign-in cookie afterwards.</summary>
    public async Task<TokenResponse> SignInAsync(BrowserSession browser, string email, string password, string scope)
    {
        var pkce = Pkce.New();

        using var toLogin = await browser.GetAsync(AuthorizeUrl(scope, pkce));
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.Equal("/account/login", toLogin.Headers.Location!.AbsolutePath);

        var signedIn = await browser.SignInAsync(toLogin.Headers.Location.ToString(), email, password);
        if (await BrowserSession.IsChangePasswordPageAsync(signedIn))
        {
            using var changePage = signedIn;
            signedIn = await browser.ChangePasswordAsync(changePage, TestSecrets.New());
        }

        using var afterSignIn = signedIn;
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.StartsWith("/connect/authorize?", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var toClient = await browser.GetAsync(signedIn.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, toClient.StatusCode);
        var callback = toClient.Headers.Location!;
        Assert.StartsWith(IdentityFixture.DashboardRedirectUri + "?", callback.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("state-1", query["state"].ToString());

        return await new TokenClient(fixture.Http).RequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "dashboard",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = IdentityFixture.DashboardRedirectUri,
            ["code_verifier"] = pkce.Verifier,
        });
    }
}
